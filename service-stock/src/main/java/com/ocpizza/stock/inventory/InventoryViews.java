package com.ocpizza.stock.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the stock endpoints answer. */
final class InventoryViews {

  private InventoryViews() {}

  record StockView(long pizzeriaId, int lowCount, List<StockLine> ingredients) {}

  record StockLine(
      long ingredientId,
      String name,
      String unit,
      BigDecimal quantity,
      BigDecimal threshold,
      boolean low,
      BigDecimal unitCost) {}

  record MovementView(
      long id,
      long ingredientId,
      String ingredientName,
      String unit,
      MovementReason reason,
      BigDecimal quantity,
      BigDecimal unitCost,
      String orderId,
      Long supplierOrderId,
      String actor,
      String note,
      Instant occurredAt) {}

  record MovementPage(List<MovementView> items, int page, int size, long totalItems) {}

  record CountResult(long pizzeriaId, List<CountedLine> lines) {}

  record CountedLine(
      long ingredientId, BigDecimal before, BigDecimal counted, BigDecimal difference) {}

  record WasteResult(long pizzeriaId, List<MovementView> movements) {}
}
