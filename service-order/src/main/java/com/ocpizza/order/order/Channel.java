package com.ocpizza.order.order;

/** Where an order was taken. */
public enum Channel {
  WEB,
  PHONE,
  COUNTER
}
