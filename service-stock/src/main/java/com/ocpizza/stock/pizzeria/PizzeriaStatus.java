package com.ocpizza.stock.pizzeria;

/** Where a pizzeria stands: taking orders, about to, or closed. */
public enum PizzeriaStatus {
  OPENING_SOON,
  OPEN,
  CLOSED
}
