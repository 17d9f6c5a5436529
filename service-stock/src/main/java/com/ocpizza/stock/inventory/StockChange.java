package com.ocpizza.stock.inventory;

import java.math.BigDecimal;

/**
 * One change to make to a pizzeria's stock of an ingredient.
 *
 * @param quantity signed: negative takes stock out
 * @param unitCost what the quantity cost per unit, for deliveries; null means the ingredient's
 *     current cost
 * @param note free text kept on the movement, e.g. why something was thrown away
 */
public record StockChange(
    long ingredientId,
    BigDecimal quantity,
    MovementReason reason,
    BigDecimal unitCost,
    String note) {

  public StockChange {
    if (!reason.allows(quantity)) {
      throw new IllegalArgumentException(reason + " cannot move stock by " + quantity);
    }
  }

  public static StockChange of(long ingredientId, BigDecimal quantity, MovementReason reason) {
    return new StockChange(ingredientId, quantity, reason, null, null);
  }
}
