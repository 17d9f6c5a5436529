package com.ocpizza.order.placement;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.ProblemTypes;
import java.util.Map;

/** The pizzeria is not taking orders right now: answered 409. */
class PizzeriaClosedException extends ConflictException {

  private static final long serialVersionUID = 1L;

  PizzeriaClosedException(long pizzeriaId) {
    super(
        ProblemTypes.type("pizzeria-closed"),
        "This pizzeria is not taking orders right now.",
        Map.of("pizzeriaId", pizzeriaId));
  }
}
