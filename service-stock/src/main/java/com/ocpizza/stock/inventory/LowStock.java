package com.ocpizza.stock.inventory;

import java.math.BigDecimal;

/** Feed event: a movement took a pizzeria's stock of an ingredient below its threshold. */
public record LowStock(
    long pizzeriaId,
    long ingredientId,
    String ingredientName,
    BigDecimal quantity,
    BigDecimal threshold) {

  static final String TYPE = "LowStock";
}
