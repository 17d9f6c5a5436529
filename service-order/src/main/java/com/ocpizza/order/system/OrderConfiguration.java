package com.ocpizza.order.system;

import com.ocpizza.common.security.EndpointRules;
import com.ocpizza.common.security.Role;
import java.time.Clock;
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
  Clock clock() {
    return Clock.systemUTC();
  }
}
