package com.ocpizza.common.security;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a servlet service a resource server of the auth service (ARCHITECTURE §5): tokens are RS256
 * JWTs checked against auth's key set (cached, refetched on an unknown key id) and its issuer;
 * {@code roles} become authorities; each service declares its endpoints through {@link
 * EndpointRules} and everything else is denied.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
@EnableConfigurationProperties({SecurityProperties.class, ServiceTokenProperties.class})
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(SecurityProperties properties) {
    // The key set is fetched once and cached; give a busy auth server time to answer it.
    SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    requests.setConnectTimeout(Duration.ofSeconds(2));
    requests.setReadTimeout(Duration.ofSeconds(5));
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
            .jwsAlgorithm(SignatureAlgorithm.RS256)
            .restOperations(new RestTemplate(requests))
            .build();
    OAuth2TokenValidator<Jwt> validator =
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(properties.issuer()));
    decoder.setJwtValidator(validator);
    return new RememberingJwtDecoder(decoder, validator, 1_000, Duration.ofMinutes(5));
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain serviceSecurity(
      HttpSecurity http, List<EndpointRules> endpointRules, ObjectProvider<JsonMapper> jsonMapper)
      throws Exception {
    JsonMapper json = jsonMapper.getIfAvailable(JsonMapper::new);
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .authorizeHttpRequests(
            rules -> {
              rules
                  .requestMatchers(
                      HttpMethod.GET,
                      "/actuator/health",
                      "/actuator/health/**",
                      "/actuator/info",
                      "/actuator/prometheus")
                  .permitAll()
                  .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                  .permitAll()
                  .requestMatchers("/internal/**")
                  .hasRole(Role.SERVICE.name())
                  .requestMatchers("/error")
                  .permitAll();
              endpointRules.forEach(service -> service.declare(rules));
              rules.anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(Tokens.authentication()))
                    .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized(json))
                    .accessDeniedHandler(ProblemSecurityHandlers.forbidden(json)))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized(json))
                    .accessDeniedHandler(ProblemSecurityHandlers.forbidden(json)));
    return http.build();
  }

  @Bean
  WebMvcConfigurer callerArgument() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
      }
    };
  }

  @Bean
  @ConditionalOnClass(
      name =
          "org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor")
  @ConditionalOnMissingBean
  ServiceTokens serviceTokens(
      SecurityProperties security, ServiceTokenProperties token, Environment environment) {
    String clientId =
        token.clientId() != null
            ? token.clientId()
            : environment.getProperty("spring.application.name", "service");
    return new ServiceTokens(security.tokenUri(), clientId, token.secret());
  }
}
