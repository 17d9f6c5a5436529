package com.ocpizza.gateway;

import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Checks access tokens at the edge: any request to the API that needs a user carries a valid token
 * (signature against auth's key set, issuer, expiry) or is refused with a 401 problem before it
 * reaches a service. Who may do what is still decided by each service. Public: browsing pizzerias
 * and the catalogue, sign-up, password reset, the payment provider's signed pages, and everything
 * outside {@code /api} (login pages, OAuth2 endpoints, the front).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class EdgeSecurity {

  @Bean
  ReactiveJwtDecoder jwtDecoder(EdgeProperties edge, AuthService urls) {
    URI jwks = edge.jwkSetUri() != null ? edge.jwkSetUri() : urls.authJwks();
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withJwkSetUri(jwks.toString())
            .jwsAlgorithm(SignatureAlgorithm.RS256)
            .build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(edge.issuer()));
    return decoder;
  }

  @Bean
  SecurityWebFilterChain edgeChain(ServerHttpSecurity http, EdgeProperties edge) {
    ServerAuthenticationEntryPoint unauthorized =
        (exchange, error) -> {
          exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
          return Problems.write(
              exchange,
              HttpStatus.UNAUTHORIZED,
              "unauthorized",
              "A valid access token is required.");
        };
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.disable())
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .headers(ServerHttpSecurity.HeaderSpec::disable)
        .cors(cors -> cors.configurationSource(cors(edge.allowedOrigins())))
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers(HttpMethod.OPTIONS)
                    .permitAll()
                    .pathMatchers("/api/pizzerias/*/orders", "/api/pizzerias/*/orders/**")
                    .authenticated()
                    .pathMatchers(
                        HttpMethod.GET, "/api/pizzerias", "/api/pizzerias/**", "/api/catalogue/**")
                    .permitAll()
                    // The payment provider's hosted page and its return are browser navigations
                    // without a token; the order service checks their signatures.
                    .pathMatchers("/api/payments/simulator/*", "/api/payments/callback")
                    .permitAll()
                    .pathMatchers(
                        HttpMethod.POST,
                        "/api/auth/register",
                        "/api/auth/password-reset",
                        "/api/auth/password-reset/confirm")
                    .permitAll()
                    .pathMatchers("/api/**")
                    .authenticated()
                    .anyExchange()
                    .permitAll())
        .oauth2ResourceServer(
            server -> server.jwt(jwt -> {}).authenticationEntryPoint(unauthorized))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized))
        .build();
  }

  private static UrlBasedCorsConfigurationSource cors(List<String> allowedOrigins) {
    CorsConfiguration configuration = new CorsConfiguration();
    configuration.setAllowedOrigins(allowedOrigins);
    configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    configuration.setAllowedHeaders(
        List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"));
    configuration.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location"));
    configuration.setMaxAge(3600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", configuration);
    return source;
  }
}
