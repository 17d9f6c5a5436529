package com.ocpizza.auth.staff;

import com.ocpizza.auth.account.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who calls, read from their access token: public id, roles and, for staff, pizzeria. */
record Caller(String userId, Set<Role> roles, Long pizzeriaId) {

  static Caller of(Jwt jwt) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    java.util.List<String> names = jwt.getClaimAsStringList("roles");
    if (names != null) {
      names.stream()
          .filter(
              name -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
          .map(Role::valueOf)
          .forEach(roles::add);
    }
    Object pizzeria = jwt.getClaim("pizzeria_id");
    Long pizzeriaId = pizzeria instanceof Number number ? number.longValue() : null;
    return new Caller(jwt.getSubject(), roles, pizzeriaId);
  }

  boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  boolean managesPizzeria(Long pizzeria) {
    return roles.contains(Role.MANAGER) && pizzeriaId != null && pizzeriaId.equals(pizzeria);
  }
}
