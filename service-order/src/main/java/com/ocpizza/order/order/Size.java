package com.ocpizza.order.order;

/** The sizes the stock service sells products in. */
public enum Size {
  SMALL,
  MEDIUM,
  LARGE,
  SINGLE
}
