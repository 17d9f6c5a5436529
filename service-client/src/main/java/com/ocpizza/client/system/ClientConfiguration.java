package com.ocpizza.client.system;

import com.ocpizza.common.security.EndpointRules;
import com.ocpizza.common.security.Role;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call each endpoint of the client service, and the clock its features share. */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

  private static final String[] COUNTER_STAFF = {
    Role.COUNTER.name(), Role.MANAGER.name(), Role.ADMIN.name()
  };

  @Bean
  EndpointRules clientEndpoints() {
    return rules ->
        rules
            // A customer's own profile, addresses, statistics, export and erasure.
            .requestMatchers("/api/customers/me", "/api/customers/me/**")
            .hasRole(Role.CUSTOMER.name())
            // Counter staff find and create customers, and see their statistics.
            .requestMatchers(HttpMethod.GET, "/api/customers", "/api/customers/*")
            .hasAnyRole(COUNTER_STAFF)
            .requestMatchers(HttpMethod.GET, "/api/customers/*/statistics")
            .hasAnyRole(COUNTER_STAFF)
            .requestMatchers(HttpMethod.POST, "/api/customers", "/api/customers/*/addresses")
            .hasAnyRole(COUNTER_STAFF);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
