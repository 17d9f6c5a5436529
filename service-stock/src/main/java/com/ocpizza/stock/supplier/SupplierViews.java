package com.ocpizza.stock.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the supplier endpoints answer. */
final class SupplierViews {

  private SupplierViews() {}

  record SupplierView(long id, String name, String email, String phone) {

    static SupplierView of(Supplier supplier) {
      return new SupplierView(supplier.id(), supplier.name(), supplier.email(), supplier.phone());
    }
  }

  record SupplierOrderView(
      long id,
      long pizzeriaId,
      long supplierId,
      SupplierOrderStatus status,
      String createdBy,
      Instant createdAt,
      Instant sentAt,
      List<LineView> lines) {

    static SupplierOrderView of(SupplierOrder order) {
      return new SupplierOrderView(
          order.id(),
          order.pizzeriaId(),
          order.supplierId(),
          order.status(),
          order.createdBy(),
          order.createdAt(),
          order.sentAt(),
          order.lines().stream()
              .map(
                  line ->
                      new LineView(
                          line.ingredientId(),
                          line.orderedQuantity(),
                          line.expectedUnitCost(),
                          line.receivedQuantity()))
              .toList());
    }
  }

  record LineView(
      long ingredientId,
      BigDecimal orderedQuantity,
      BigDecimal expectedUnitCost,
      BigDecimal receivedQuantity) {}
}
