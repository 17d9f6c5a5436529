package com.ocpizza.auth.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The authorization server's parts: clients, authorizations and consents in the database, the
 * signing keys, JWT access tokens with our claims, and refresh tokens that rotate.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

  @Bean
  AuthorizationServerSettings authorizationServerSettings(
      AuthorizationServerProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
  }

  @Bean
  SigningKeys signingKeys(SigningKeyProperties properties) {
    return SigningKeys.load(properties);
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
    return keys.published();
  }

  /**
   * Verifies the tokens sent to this service's JSON API against its own keys, without a round trip
   * to its JWKS, and against the configured further key set if any.
   */
  @Bean
  JwtDecoder jwtDecoder(SigningKeys keys, AuthorizationServerProperties properties)
      throws MalformedURLException {
    JWKSource<SecurityContext> own = keys.published();
    JWKSource<SecurityContext> trusted = own;
    if (properties.alsoTrustedJwkSetUri() != null) {
      JWKSource<SecurityContext> other =
          JWKSourceBuilder.create(properties.alsoTrustedJwkSetUri().toURL()).build();
      trusted =
          (selector, context) -> {
            List<JWK> found = own.get(selector, context);
            return found.isEmpty() ? other.get(selector, context) : found;
          };
    }
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSource(trusted).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
    return decoder;
  }

  @Bean
  OAuth2TokenGenerator<?> tokenGenerator(SigningKeys keys, AccessTokenClaims claims) {
    JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(keys.signing()));
    jwts.setJwtCustomizer(claims);
    return new DelegatingOAuth2TokenGenerator(jwts, new PublicClientRefresh.Generator());
  }

  @Bean
  RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
    return new JdbcRegisteredClientRepository(jdbc);
  }

  @Bean
  OAuth2AuthorizationService authorizationService(
      JdbcTemplate jdbc, RegisteredClientRepository clients, Clock clock) {
    // Stored authorizations keep the token's claims with their types; the default mapper refuses
    // to read back a Long, which pizzeria_id is, so staff could not refresh or sign out.
    JsonMapper json =
        JsonMapper.builder()
            .addModules(
                SecurityJacksonModules.getModules(
                    TokenConfiguration.class.getClassLoader(),
                    BasicPolymorphicTypeValidator.builder().allowIfSubType(Long.class)))
            .build();
    JdbcOAuth2AuthorizationService authorizations =
        new JdbcOAuth2AuthorizationService(jdbc, clients);
    authorizations.setAuthorizationRowMapper(
        new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationRowMapper(clients, json));
    authorizations.setAuthorizationParametersMapper(
        new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationParametersMapper(json));
    return new RotatedRefreshTokens(authorizations, JdbcClient.create(jdbc), clock);
  }

  @Bean
  OAuth2AuthorizationConsentService authorizationConsentService(
      JdbcTemplate jdbc, RegisteredClientRepository clients) {
    return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
  }
}
