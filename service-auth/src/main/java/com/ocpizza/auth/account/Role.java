package com.ocpizza.auth.account;

import java.util.EnumSet;
import java.util.Set;

/** What a person or a machine may do; carried without prefix in the {@code roles} claim. */
public enum Role {
  CUSTOMER,
  COUNTER,
  PIZZAIOLO,
  COURIER,
  MANAGER,
  ADMIN,
  SERVICE;

  /** The roles a pizzeria's manager may give to and take from their staff. */
  public static final Set<Role> BELOW_MANAGER = EnumSet.of(COUNTER, PIZZAIOLO, COURIER);

  /** Roles held by staff of one pizzeria (ADMIN belongs to none). */
  public static final Set<Role> PIZZERIA_STAFF = EnumSet.of(COUNTER, PIZZAIOLO, COURIER, MANAGER);

  /** Roles a person may hold (SERVICE is for machines). */
  public static final Set<Role> STAFF = EnumSet.of(COUNTER, PIZZAIOLO, COURIER, MANAGER, ADMIN);
}
