package com.ocpizza.management.invoice;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.management.system.ForbiddenException;
import java.util.List;

/**
 * Whose documents a list shows: the pizzeria asked for, else the manager's own; the whole chain
 * only for the head office when it names none.
 */
record DocumentScope(Long pizzeria) {

  static DocumentScope of(Long requested, Caller caller, String documents) {
    Long pizzeria = requested == null && !caller.is(Role.ADMIN) ? caller.pizzeriaId() : requested;
    boolean allowed =
        pizzeria == null ? caller.is(Role.ADMIN) : caller.actsAt(pizzeria, Role.MANAGER);
    if (!allowed) {
      throw new ForbiddenException("You may only see the " + documents + " of your own pizzeria.");
    }
    return new DocumentScope(pizzeria);
  }

  /** The SQL condition, empty for the whole chain. */
  String where() {
    return pizzeria == null ? "" : " WHERE pizzeria_id = ?";
  }

  List<Object> parameters() {
    return pizzeria == null ? List.of() : List.of(pizzeria);
  }
}
