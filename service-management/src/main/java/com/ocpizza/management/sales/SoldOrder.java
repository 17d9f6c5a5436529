package com.ocpizza.management.sales;

import java.time.Instant;

/**
 * An order as documents need it: who sold it, to whom, when, and its price snapshots.
 *
 * @param customerId the client service's customer id; null for anonymous counter sales
 * @param finishedAt when it was handed over; null while it is not
 */
public record SoldOrder(
    String orderId,
    long pizzeriaId,
    String customerId,
    String fulfilment,
    String status,
    boolean paid,
    Instant placedAt,
    Instant finishedAt,
    OrderContent content) {

  static SoldOrder of(SaleOrder order) {
    return new SoldOrder(
        order.orderId,
        order.pizzeriaId,
        order.customerId,
        order.fulfilment,
        order.status(),
        order.paid(),
        order.placedAt,
        order.finishedAt(),
        order.content());
  }
}
