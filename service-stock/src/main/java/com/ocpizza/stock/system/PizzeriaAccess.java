package com.ocpizza.stock.system;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** The object-level check behind every endpoint about one pizzeria's stock. */
public final class PizzeriaAccess {

  private PizzeriaAccess() {}

  /**
   * Lets the call through only if the caller holds one of the roles at that pizzeria (admins hold
   * every role everywhere); the endpoint's rules already checked the role itself.
   *
   * @throws AccessDeniedException answered 403
   */
  public static void require(Caller caller, long pizzeriaId, Role... roles) {
    if (!caller.actsAt(pizzeriaId, roles)) {
      throw new AccessDeniedException("Not a member of pizzeria " + pizzeriaId);
    }
  }
}
