package com.ocpizza.order.system;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.EndpointRules;
import com.ocpizza.common.security.Role;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Who may call each endpoint of the order service, and the clock its features share. These rules
 * only admit the roles that could act; the order itself then decides by role and pizzeria.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConfigurationPropertiesScan("com.ocpizza.order")
class OrderConfiguration {

  private static final String BEARER = "bearer";

  private static final String[] STAFF = {
    Role.COUNTER.name(),
    Role.PIZZAIOLO.name(),
    Role.COURIER.name(),
    Role.MANAGER.name(),
    Role.ADMIN.name()
  };

  private static final String[] ANYONE_WITH_ORDERS = {
    Role.CUSTOMER.name(),
    Role.COUNTER.name(),
    Role.PIZZAIOLO.name(),
    Role.COURIER.name(),
    Role.MANAGER.name(),
    Role.ADMIN.name()
  };

  private static final String[] CHANGERS = {
    Role.CUSTOMER.name(), Role.COUNTER.name(), Role.MANAGER.name(), Role.ADMIN.name()
  };

  @Bean
  EndpointRules orderEndpoints() {
    return rules ->
        rules
            // The hosted page of the payment simulator and its signed return: the signature
            // is the authorization.
            .requestMatchers("/api/payments/simulator/**", "/api/payments/callback")
            .permitAll()
            // Customers place web orders; counter staff phone and counter orders.
            .requestMatchers(HttpMethod.POST, "/api/orders")
            .hasAnyRole(CHANGERS)
            .requestMatchers(HttpMethod.GET, "/api/orders")
            .hasRole(Role.CUSTOMER.name())
            .requestMatchers(HttpMethod.GET, "/api/orders/*", "/api/orders/*/events")
            .hasAnyRole(ANYONE_WITH_ORDERS)
            .requestMatchers(HttpMethod.PUT, "/api/orders/*")
            .hasAnyRole(CHANGERS)
            .requestMatchers(
                HttpMethod.POST,
                "/api/orders/*/cancel",
                "/api/orders/*/payment",
                "/api/orders/*/pay-later")
            .hasAnyRole(CHANGERS)
            .requestMatchers(
                HttpMethod.POST,
                "/api/orders/*/start-preparation",
                "/api/orders/*/ready",
                "/api/orders/*/back-to-queue")
            .hasAnyRole(Role.PIZZAIOLO.name(), Role.MANAGER.name(), Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/orders/*/courier", "/api/orders/*/incident")
            .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/orders/*/take")
            .hasRole(Role.COURIER.name())
            .requestMatchers(
                HttpMethod.POST, "/api/orders/*/out-for-delivery", "/api/orders/*/payments")
            .hasAnyRole(
                Role.COURIER.name(), Role.COUNTER.name(), Role.MANAGER.name(), Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/orders/*/delivered")
            .hasAnyRole(Role.COURIER.name(), Role.MANAGER.name(), Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/orders/*/collected")
            .hasAnyRole(Role.COUNTER.name(), Role.MANAGER.name(), Role.ADMIN.name())
            // The pizzeria's queues and its live stream, for its staff.
            .requestMatchers(
                HttpMethod.GET, "/api/pizzerias/*/orders", "/api/pizzerias/*/orders/**")
            .hasAnyRole(STAFF);
  }

  @Bean
  OpenAPI orderApi() {
    // The caller comes from the access token, not from the request's parameters.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    return new OpenAPI()
        .info(
            new Info()
                .title("OC Pizza order service")
                .version("1")
                .description(
                    "Orders from placement to delivery: placement with an Idempotency-Key (prices"
                        + " from the catalogue, stock reserved), modification and cancellation"
                        + " before preparation, online payment through the payment simulator,"
                        + " payments at the door or counter, the pizzeria's kitchen and delivery"
                        + " queues, and live tracking by server-sent events. Every endpoint but"
                        + " the simulator's pages needs a bearer access token from the auth"
                        + " service; the order then decides by role and pizzeria."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
