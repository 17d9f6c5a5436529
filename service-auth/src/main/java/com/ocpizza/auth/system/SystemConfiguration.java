package com.ocpizza.auth.system;

import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans every feature shares. */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("com.ocpizza.auth")
class SystemConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * bcrypt (cost 10, about 70 ms on a small instance) behind the delegating encoder, so hashes name
   * their algorithm and a later move to another one needs no migration.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
