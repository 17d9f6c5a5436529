package com.ocpizza.order.order;

/** Lets other features refuse an action with the order's own 409 answer. */
public final class IllegalTransitionGuard {

  private IllegalTransitionGuard() {}

  public static void require(boolean allowed, OrderStatus status, String action) {
    if (!allowed) {
      throw new IllegalTransitionException(status, action);
    }
  }
}
