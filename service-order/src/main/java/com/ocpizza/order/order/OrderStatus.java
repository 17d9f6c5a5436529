package com.ocpizza.order.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands (DOMAIN.md). {@code PENDING} is internal: stored, stock not yet reserved,
 * invisible to staff. {@code REJECTED} closes an order whose stock could not be reserved.
 */
public enum OrderStatus {
  PENDING,
  AWAITING_PAYMENT,
  RECEIVED,
  IN_PREPARATION,
  READY,
  OUT_FOR_DELIVERY,
  DELIVERED,
  COLLECTED,
  CANCELLED,
  REJECTED,
  INCIDENT;

  /** The statuses in which the customer may still modify or cancel. */
  public static final Set<OrderStatus> CHANGEABLE = EnumSet.of(AWAITING_PAYMENT, RECEIVED);

  /** The statuses after which nothing moves any more. */
  public static final Set<OrderStatus> CLOSED =
      EnumSet.of(DELIVERED, COLLECTED, CANCELLED, REJECTED, INCIDENT);

  /** Whether the transition table of DOMAIN.md allows going from this status to {@code next}. */
  public boolean allows(OrderStatus next) {
    return switch (this) {
      case PENDING -> next == AWAITING_PAYMENT || next == RECEIVED || next == REJECTED;
      case AWAITING_PAYMENT -> next == RECEIVED || next == CANCELLED;
      case RECEIVED -> next == IN_PREPARATION || next == CANCELLED;
      case IN_PREPARATION -> next == READY || next == RECEIVED;
      case READY -> next == OUT_FOR_DELIVERY || next == COLLECTED;
      case OUT_FOR_DELIVERY -> next == DELIVERED || next == INCIDENT;
      case DELIVERED, COLLECTED, CANCELLED, REJECTED, INCIDENT -> false;
    };
  }
}
