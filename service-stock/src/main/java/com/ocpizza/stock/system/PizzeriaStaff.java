package com.ocpizza.stock.system;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.common.security.Tokens;
import java.util.Set;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The object-level rule of endpoints about one pizzeria ({@code {pizzeriaId}} in the path): the
 * caller holds one of the roles and works at that pizzeria (admins work at all of them). Decided in
 * the security chain, so staff of another pizzeria get 403 before anything else is looked at.
 */
final class PizzeriaStaff {

  private PizzeriaStaff() {}

  static AuthorizationManager<RequestAuthorizationContext> holding(Role... roles) {
    Set<Role> allowed = Set.of(roles);
    return (authentication, context) -> {
      String pizzeria = context.getVariables().get("pizzeriaId");
      if (!(authentication.get() instanceof JwtAuthenticationToken token)
          || pizzeria == null
          || !pizzeria.matches("\\d{1,18}")) {
        return new AuthorizationDecision(false);
      }
      Caller caller = Tokens.caller(token.getToken());
      return new AuthorizationDecision(
          allowed.stream().anyMatch(caller::is) && caller.worksAt(Long.parseLong(pizzeria)));
    };
  }
}
