package com.ocpizza.stock.inventory;

/** Why a pizzeria's stock of an ingredient changed, and which way each reason moves it. */
public enum MovementReason {
  ORDER_RESERVED(-1),
  ORDER_RELEASED(1),
  SUPPLIER_DELIVERY(1),
  INVENTORY_CORRECTION(0),
  WASTE(-1);

  private final int sign;

  MovementReason(int sign) {
    this.sign = sign;
  }

  /** Whether a signed quantity goes the way this reason moves stock (zero never does). */
  boolean allows(java.math.BigDecimal quantity) {
    return quantity.signum() != 0 && (sign == 0 || quantity.signum() == sign);
  }
}
