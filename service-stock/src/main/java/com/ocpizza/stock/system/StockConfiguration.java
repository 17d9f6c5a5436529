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
  private static final String STOCK = "/api/stock/pizzerias/{pizzeriaId}";

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Who may call each endpoint. Endpoints about one pizzeria's stock also require the caller to
   * work there (admins work everywhere).
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
            .requestMatchers(GET, STOCK)
            .access(PizzeriaStaff.holding(Role.PIZZAIOLO, Role.MANAGER, Role.ADMIN))
            .requestMatchers(POST, STOCK + "/waste")
            .access(PizzeriaStaff.holding(Role.PIZZAIOLO, Role.MANAGER))
            .requestMatchers(POST, STOCK + "/inventory")
            .access(PizzeriaStaff.holding(Role.MANAGER))
            .requestMatchers(PUT, STOCK + "/thresholds")
            .access(PizzeriaStaff.holding(Role.MANAGER, Role.ADMIN))
            .requestMatchers(GET, STOCK + "/movements")
            .access(PizzeriaStaff.holding(Role.MANAGER, Role.ADMIN))
            .requestMatchers(STOCK + "/supplier-orders", STOCK + "/supplier-orders/**")
            .access(PizzeriaStaff.holding(Role.MANAGER, Role.ADMIN))
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
