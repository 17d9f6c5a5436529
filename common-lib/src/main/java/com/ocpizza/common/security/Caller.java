package com.ocpizza.common.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as the access token says: the user's public id, their roles, and for staff the
 * pizzeria they work at. Controllers take it as an argument and services decide with it.
 *
 * @param userId the token's subject: a user's public id, or a service's client id
 * @param roles what the caller may do
 * @param pizzeriaId the pizzeria a staff member belongs to; null for customers, admins, services
 */
public record Caller(String userId, Set<Role> roles, Long pizzeriaId) {

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  public boolean isAny(Role... candidates) {
    return Arrays.stream(candidates).anyMatch(roles::contains);
  }

  /**
   * Whether this caller acts for the given pizzeria: an admin acts for all of them, other staff
   * only for their own.
   */
  public boolean worksAt(long pizzeria) {
    return is(Role.ADMIN) || (pizzeriaId != null && pizzeriaId == pizzeria);
  }

  /** Whether this caller holds one of the roles at the given pizzeria (admins everywhere). */
  public boolean actsAt(long pizzeria, Role... candidates) {
    return is(Role.ADMIN) || (worksAt(pizzeria) && isAny(candidates));
  }
}
