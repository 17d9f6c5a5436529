package com.ocpizza.order.order;

import java.util.UUID;

/** An order's public id: the only id that appears in URLs and events. */
public record OrderId(UUID value) {

  public static OrderId random() {
    return new OrderId(UUID.randomUUID());
  }

  /** Parses a public id; an id that is not a UUID names no order. */
  public static OrderId parse(String value) {
    try {
      return new OrderId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new com.ocpizza.common.problem.NotFoundException("No order " + value + ".");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
