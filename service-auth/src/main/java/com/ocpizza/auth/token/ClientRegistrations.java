package com.ocpizza.auth.token;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Brings the registered clients in the database in line with the configuration at every start: the
 * public {@code web} client (code + PKCE, rotating refresh tokens, no consent screen: it is our own
 * front) and one confidential client per service (client credentials).
 */
@Component
class ClientRegistrations implements ApplicationRunner {

  static final String WEB = "web";
  static final String SERVICE_SCOPE = "service";

  private static final Logger log = LoggerFactory.getLogger(ClientRegistrations.class);

  private final RegisteredClientRepository clients;
  private final PasswordEncoder passwordEncoder;
  private final WebClientProperties web;
  private final ServiceClientProperties services;
  private final Environment environment;

  ClientRegistrations(
      RegisteredClientRepository clients,
      PasswordEncoder passwordEncoder,
      WebClientProperties web,
      ServiceClientProperties services,
      Environment environment) {
    this.clients = clients;
    this.passwordEncoder = passwordEncoder;
    this.web = web;
    this.services = services;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    clients.save(webClient());
    services.names().forEach(name -> clients.save(serviceClient(name)));
  }

  private RegisteredClient webClient() {
    RegisteredClient.Builder builder =
        RegisteredClient.withId(idOf(WEB))
            .clientId(WEB)
            .clientName("OC Pizza web front")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .scope(OidcScopes.EMAIL)
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(false)
                    .build())
            .tokenSettings(
                TokenSettings.builder()
                    .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                    .accessTokenTimeToLive(web.accessTokenTtl())
                    .refreshTokenTimeToLive(web.refreshTokenTtl())
                    .reuseRefreshTokens(false)
                    .build());
    web.redirectUris().stream().map(URI::toString).forEach(builder::redirectUri);
    web.postLogoutRedirectUris().stream()
        .map(URI::toString)
        .forEach(builder::postLogoutRedirectUri);
    return builder.build();
  }

  private RegisteredClient serviceClient(String name) {
    return RegisteredClient.withId(idOf(name))
        .clientId(name)
        .clientName("OC Pizza " + name + " service")
        .clientSecret(passwordEncoder.encode(secretOf(name)))
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .scope(SERVICE_SCOPE)
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(web.accessTokenTtl()).build())
        .build();
  }

  private String secretOf(String name) {
    String variable = "OCPIZZA_SERVICE_SECRET_" + name.toUpperCase(Locale.ROOT);
    String own = environment.getProperty(variable);
    if (own != null && !own.isBlank()) {
      return own;
    }
    if (services.allowSharedSecret()
        && services.sharedSecret() != null
        && !services.sharedSecret().isBlank()) {
      return services.sharedSecret();
    }
    log.warn(
        "No secret for the {} service: set {}; it cannot get tokens meanwhile", name, variable);
    return UUID.randomUUID().toString() + UUID.randomUUID();
  }

  private String idOf(String clientId) {
    RegisteredClient existing = clients.findByClientId(clientId);
    return existing == null ? UUID.randomUUID().toString() : existing.getId();
  }
}
