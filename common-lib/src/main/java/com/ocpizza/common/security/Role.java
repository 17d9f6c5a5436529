package com.ocpizza.common.security;

/** The roles of DOMAIN.md, carried in the {@code roles} claim of access tokens. */
public enum Role {
  CUSTOMER,
  COUNTER,
  PIZZAIOLO,
  COURIER,
  MANAGER,
  ADMIN,
  /** A service calling another with a client-credentials token. */
  SERVICE;

  /** The Spring Security authority of this role, e.g. {@code ROLE_MANAGER}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
