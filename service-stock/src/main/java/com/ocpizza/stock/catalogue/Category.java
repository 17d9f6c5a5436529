package com.ocpizza.stock.catalogue;

/** What kind of product it is; pizzas come in three sizes, the rest in a single one. */
public enum Category {
  PIZZA,
  DRINK,
  DESSERT
}
