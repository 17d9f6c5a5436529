package com.ocpizza.management.system;

import com.ocpizza.common.security.EndpointRules;
import com.ocpizza.common.security.Role;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call each endpoint of the management service, and the clock its features share. Object
 * rules (a manager's own pizzeria, a customer's own invoices) are checked in the features.
 */
@Configuration(proxyBeanMethods = false)
class ManagementConfiguration {

  private static final String[] MANAGERS = {Role.MANAGER.name(), Role.ADMIN.name()};

  @Bean
  EndpointRules managementEndpoints() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/api/management/dashboard/**")
            .hasAnyRole(MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/management/reports/**")
            .hasAnyRole(MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/management/invoices/mine")
            .hasRole(Role.CUSTOMER.name())
            .requestMatchers(HttpMethod.GET, "/api/management/invoices")
            .hasAnyRole(MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/management/invoices/*/pdf")
            .hasAnyRole(Role.CUSTOMER.name(), Role.MANAGER.name(), Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/management/invoices/*/credit-notes")
            .hasAnyRole(MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/management/orders/*/pro-forma")
            .hasAnyRole(
                Role.CUSTOMER.name(), Role.COUNTER.name(), Role.MANAGER.name(), Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/management/quotes")
            .hasAnyRole(MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/management/quotes")
            .hasAnyRole(MANAGERS)
            .requestMatchers(HttpMethod.GET, "/api/management/quotes/*/pdf")
            .hasAnyRole(MANAGERS);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
