package com.ocpizza.common.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's declaration of who may call each of its endpoints. Whatever no service declares is
 * denied, so a new endpoint is closed until someone says who may use it.
 */
@FunctionalInterface
public interface EndpointRules {

  /** Adds this service's request matchers and their required roles. */
  void declare(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);
}
