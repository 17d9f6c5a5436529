package com.ocpizza.order.order;

/** How the customer gets the order. */
public enum Fulfilment {
  DELIVERY,
  TAKEAWAY
}
