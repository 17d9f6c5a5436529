package com.ocpizza.order.order;

/** Where an order's payment stands, beside its status. */
public enum PaymentStatus {
  PENDING,
  PAID,
  FAILED,
  REFUNDED
}
