package com.ocpizza.auth.token;

import com.ocpizza.auth.account.Account;
import com.ocpizza.auth.account.AccountRepository;
import com.ocpizza.auth.account.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@code roles} (and {@code pizzeria_id} for pizzeria staff) in every token, read from the
 * account at issue time: a role change or a disabled account shows at the next refresh at the
 * latest. Services' tokens carry the role {@code SERVICE}. Claim values are mutable collections:
 * the stored authorization is read back through an allowlist that refuses the JDK's immutable ones.
 */
@Component
class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  static final String ROLES = "roles";
  static final String PIZZERIA_ID = "pizzeria_id";

  private final AccountRepository accounts;

  AccessTokenClaims(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public void customize(JwtEncodingContext context) {
    boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
    boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
    if (!accessToken && !idToken) {
      return;
    }
    if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
      context.getClaims().claim(ROLES, new ArrayList<>(List.of(Role.SERVICE.name())));
      return;
    }
    Account account =
        accounts
            .findByPublicId(context.getPrincipal().getName())
            .filter(Account::isEnabled)
            .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
    context.getClaims().claim(ROLES, new ArrayList<>(account.roleNames()));
    if (account.pizzeriaId() != null) {
      context.getClaims().claim(PIZZERIA_ID, account.pizzeriaId());
    }
    if (idToken) {
      context
          .getClaims()
          .claim("email", account.email())
          .claim("given_name", account.firstName())
          .claim("family_name", account.lastName());
    }
  }
}
