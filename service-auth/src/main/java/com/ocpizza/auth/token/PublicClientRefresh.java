package com.ocpizza.auth.token;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Refresh tokens for the public {@code web} client, which the authorization server leaves out by
 * default. A browser cannot keep a secret, so these tokens are protected otherwise: they rotate on
 * every use and a replayed one revokes the whole authorization ({@link RotatedRefreshTokens}). A
 * public client is identified by its {@code client_id} alone on the refresh and revocation
 * requests, as RFC 6749 §6 and RFC 7009 §2.1 allow.
 */
final class PublicClientRefresh {

  private static final String PUBLIC_USE = "ocpizza_public_client_use";

  private PublicClientRefresh() {}

  /** Issues a refresh token to any client allowed the grant, public ones included. */
  static final class Generator implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    private final StringKeyGenerator values =
        new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

    @Override
    public OAuth2RefreshToken generate(OAuth2TokenContext context) {
      if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())) {
        return null;
      }
      java.time.Instant issuedAt = java.time.Instant.now();
      return new OAuth2RefreshToken(
          values.generateKey(),
          issuedAt,
          issuedAt.plus(
              context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
    }
  }

  /** Reads a refresh or revocation request that names a client without any credential. */
  static final class Converter implements AuthenticationConverter {

    private final AuthorizationServerSettings settings;

    Converter(AuthorizationServerSettings settings) {
      this.settings = settings;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
      if (!"POST".equals(request.getMethod())
          || request.getHeader(HttpHeaders.AUTHORIZATION) != null
          || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
          || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
        return null;
      }
      String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
      if (!StringUtils.hasText(clientId)) {
        return null;
      }
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean refresh =
          path.equals(settings.getTokenEndpoint())
              && "refresh_token".equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
      boolean revoke = path.equals(settings.getTokenRevocationEndpoint());
      if (!refresh && !revoke) {
        return null;
      }
      return new OAuth2ClientAuthenticationToken(
          clientId,
          ClientAuthenticationMethod.NONE,
          null,
          Map.of(PUBLIC_USE, refresh ? "refresh" : "revoke"));
    }
  }

  /** Accepts such a request for a registered client whose only authentication is none. */
  static final class Provider implements AuthenticationProvider {

    private final RegisteredClientRepository clients;

    Provider(RegisteredClientRepository clients) {
      this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
      OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
      if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
          || !request.getAdditionalParameters().containsKey(PUBLIC_USE)) {
        return null;
      }
      RegisteredClient client = clients.findByClientId((String) request.getPrincipal());
      if (client == null
          || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
      }
      return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }
}
