package com.ocpizza.order.order;

/** How an order is paid: online by card, or at the door or counter. */
public enum PaymentMethod {
  ONLINE_CARD,
  CASH,
  CARD,
  CHEQUE,
  MEAL_VOUCHER;

  public boolean isOnline() {
    return this == ONLINE_CARD;
  }
}
