package com.ocpizza.stock.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Feed event: a pizzeria's stock of an ingredient moved, at the ingredient's unit cost at that time
 * (the delivered cost for deliveries), so costs of goods and losses can be computed downstream.
 */
public record StockMoved(
    long movementId,
    long pizzeriaId,
    long ingredientId,
    String ingredientName,
    String unit,
    BigDecimal quantity,
    BigDecimal unitCost,
    MovementReason reason,
    String orderId,
    String actor,
    Instant occurredAt) {

  static final String TYPE = "StockMoved";
}
