package com.ocpizza.stock.supplier;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An ingredient ordered: how much, at what expected unit cost, and how much has come so far. */
@Embeddable
record SupplierOrderLine(
    Long ingredientId,
    BigDecimal orderedQuantity,
    BigDecimal expectedUnitCost,
    BigDecimal receivedQuantity) {

  static SupplierOrderLine ordered(long ingredientId, BigDecimal quantity, BigDecimal unitCost) {
    return new SupplierOrderLine(ingredientId, quantity, unitCost, BigDecimal.ZERO);
  }

  SupplierOrderLine plus(BigDecimal received) {
    return new SupplierOrderLine(
        ingredientId, orderedQuantity, expectedUnitCost, receivedQuantity.add(received));
  }

  boolean isComplete() {
    return receivedQuantity.compareTo(orderedQuantity) >= 0;
  }
}
