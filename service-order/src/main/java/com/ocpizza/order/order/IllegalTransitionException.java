package com.ocpizza.order.order;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.ProblemTypes;
import java.net.URI;
import java.util.Map;

/** The order's current status does not allow what was asked: answered 409. */
public class IllegalTransitionException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public static final URI TYPE = ProblemTypes.type("illegal-transition");

  IllegalTransitionException(OrderStatus from, String action) {
    super(
        TYPE,
        "An order that is " + from + " cannot " + action + ".",
        Map.of("status", from.name()));
  }
}
