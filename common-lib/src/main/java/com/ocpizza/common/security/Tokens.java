package com.ocpizza.common.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the claims OC Pizza puts in its access tokens: {@code roles} and {@code pizzeria_id}.
 * Public so a service with its own security chains (auth) maps tokens exactly as the others do.
 */
public final class Tokens {

  static final String ROLES = "roles";
  static final String PIZZERIA = "pizzeria_id";

  private Tokens() {}

  /** The caller a validated token describes. */
  public static Caller caller(Jwt jwt) {
    return new Caller(jwt.getSubject(), roles(jwt), pizzeria(jwt));
  }

  static Set<Role> roles(Jwt jwt) {
    List<String> names = jwt.getClaimAsStringList(ROLES);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String name : names) {
        for (Role role : Role.values()) {
          if (role.name().equals(name)) {
            roles.add(role);
          }
        }
      }
    }
    return roles;
  }

  static Long pizzeria(Jwt jwt) {
    Object value = jwt.getClaim(PIZZERIA);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && text.matches("\\d{1,18}")) {
      return Long.parseLong(text);
    }
    return null;
  }

  /** Turns a validated token into an authentication whose authorities are its roles. */
  public static Converter<Jwt, AbstractAuthenticationToken> authentication() {
    return jwt -> {
      Collection<GrantedAuthority> authorities =
          roles(jwt).stream()
              .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
              .toList();
      return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    };
  }
}
