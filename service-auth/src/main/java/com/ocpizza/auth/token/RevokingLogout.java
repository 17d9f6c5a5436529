package com.ocpizza.auth.token;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * OIDC logout that also revokes the authorization the ID token came from, so its refresh token is
 * dead even if the front kept a copy; then ends the login session and redirects as usual.
 */
class RevokingLogout implements AuthenticationSuccessHandler {

  private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

  private final OAuth2AuthorizationService authorizations;
  private final AuthenticationSuccessHandler endSession =
      new OidcLogoutAuthenticationSuccessHandler();

  RevokingLogout(OAuth2AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (authentication instanceof OidcLogoutAuthenticationToken logout
        && logout.getIdTokenHint() != null) {
      OAuth2Authorization authorization =
          authorizations.findByToken(logout.getIdTokenHint(), ID_TOKEN);
      if (authorization != null) {
        authorizations.remove(authorization);
      }
    }
    endSession.onAuthenticationSuccess(request, response, authentication);
  }
}
