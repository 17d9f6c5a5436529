package com.ocpizza.stock.system;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.ocpizza.common.security.EndpointRules;
import com.ocpizza.common.security.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call each endpoint of the stock service (anything not listed here is denied; {@code
 * /internal/**} is for services), the clock, and the API description.
 */
@Configuration(proxyBeanMethods = false)
class StockConfiguration {

  private static final String ADMIN = Role.ADMIN.name();
  private static final String MANAGER = Role.MANAGER.name();
  private static final String PIZZAIOLO = Role.PIZZAIOLO.name();

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Role checks per endpoint. Endpoints about one pizzeria also check, in the controller, that the
   * caller works there (admins work everywhere).
   */
  @Bean
  EndpointRules stockEndpoints() {
    return rules ->
        rules
            .requestMatchers(GET, "/api/pizzerias", "/api/pizzerias/*", "/api/pizzerias/*/menu")
            .permitAll()
            .requestMatchers(GET, "/swagger-ui.html", "/swagger-ui/**")
            .permitAll()
            .requestMatchers(
                POST, "/api/pizzerias", "/api/pizzerias/*/open", "/api/pizzerias/*/close")
            .hasRole(ADMIN)
            .requestMatchers(PUT, "/api/pizzerias/*")
            .hasRole(ADMIN)
            .requestMatchers(GET, "/api/catalogue/products/*/recipe")
            .hasAnyRole(PIZZAIOLO, MANAGER, ADMIN)
            .requestMatchers(GET, "/api/catalogue/ingredients")
            .hasAnyRole(MANAGER, ADMIN)
            .requestMatchers("/api/catalogue/**")
            .hasRole(ADMIN)
            .requestMatchers(GET, "/api/stock/pizzerias/*")
            .hasAnyRole(PIZZAIOLO, MANAGER, ADMIN)
            .requestMatchers(POST, "/api/stock/pizzerias/*/waste")
            .hasAnyRole(PIZZAIOLO, MANAGER)
            .requestMatchers(POST, "/api/stock/pizzerias/*/inventory")
            .hasRole(MANAGER)
            .requestMatchers(PUT, "/api/stock/pizzerias/*/thresholds")
            .hasAnyRole(MANAGER, ADMIN)
            .requestMatchers(GET, "/api/stock/pizzerias/*/movements")
            .hasAnyRole(MANAGER, ADMIN)
            .requestMatchers(
                "/api/stock/pizzerias/*/supplier-orders",
                "/api/stock/pizzerias/*/supplier-orders/**")
            .hasAnyRole(MANAGER, ADMIN)
            .requestMatchers(GET, "/api/suppliers")
            .hasAnyRole(MANAGER, ADMIN)
            .requestMatchers("/api/suppliers", "/api/suppliers/*")
            .hasRole(ADMIN);
  }

  @Bean
  OpenAPI stockApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("OC Pizza stock service")
                .version("1")
                .description(
                    "Pizzerias, their menus (what each can make right now), the catalogue,"
                        + " ingredient stock, suppliers and reservations."));
  }
}
