package com.ocpizza.stock.supplier;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.stock.system.InvalidRequestException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a pizzeria orders from a supplier. Drafted, then sent; deliveries may come in several parts,
 * each adding to what was received, until every line has come.
 */
@Entity
class SupplierOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long pizzeriaId;

  private long supplierId;

  @Enumerated(EnumType.STRING)
  private SupplierOrderStatus status;

  private String createdBy;

  private Instant createdAt;

  private Instant sentAt;

  @ElementCollection
  @CollectionTable(
      name = "supplier_order_line",
      joinColumns = @JoinColumn(name = "supplier_order_id"))
  private List<SupplierOrderLine> lines = new ArrayList<>();

  @Version private long version;

  protected SupplierOrder() {}

  SupplierOrder(
      long pizzeriaId,
      long supplierId,
      List<SupplierOrderLine> lines,
      String createdBy,
      Instant createdAt) {
    this.pizzeriaId = pizzeriaId;
    this.supplierId = supplierId;
    this.status = SupplierOrderStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    changeLines(lines);
  }

  Long id() {
    return id;
  }

  long pizzeriaId() {
    return pizzeriaId;
  }

  long supplierId() {
    return supplierId;
  }

  SupplierOrderStatus status() {
    return status;
  }

  String createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant sentAt() {
    return sentAt;
  }

  List<SupplierOrderLine> lines() {
    return lines.stream().sorted(Comparator.comparing(SupplierOrderLine::ingredientId)).toList();
  }

  /** Replaces what is ordered, while the order is still a draft. */
  void changeLines(List<SupplierOrderLine> ordered) {
    if (status != SupplierOrderStatus.DRAFT) {
      throw new ConflictException("Supplier order " + id + " was sent; it can no longer change.");
    }
    if (ordered.isEmpty()) {
      throw new InvalidRequestException("lines", "must order at least one ingredient");
    }
    lines.clear();
    lines.addAll(ordered);
  }

  void send(Instant at) {
    if (status != SupplierOrderStatus.DRAFT) {
      throw new ConflictException("Supplier order " + id + " is " + status + ", not a draft.");
    }
    status = SupplierOrderStatus.SENT;
    sentAt = at;
  }

  /** A delivery came: adds what it brought to each line; the order is received once all came. */
  void receive(Map<Long, BigDecimal> delivered) {
    if (status != SupplierOrderStatus.SENT && status != SupplierOrderStatus.PARTIALLY_RECEIVED) {
      throw new ConflictException(
          "Supplier order " + id + " is " + status + "; only a sent order can be received.");
    }
    delivered.forEach(
        (ingredient, quantity) -> {
          int index = indexOf(ingredient);
          lines.set(index, lines.get(index).plus(quantity));
        });
    status =
        lines.stream().allMatch(SupplierOrderLine::isComplete)
            ? SupplierOrderStatus.RECEIVED
            : SupplierOrderStatus.PARTIALLY_RECEIVED;
  }

  boolean orders(long ingredientId) {
    return lines.stream().anyMatch(line -> line.ingredientId() == ingredientId);
  }

  BigDecimal expectedUnitCost(long ingredientId) {
    return lines.get(indexOf(ingredientId)).expectedUnitCost();
  }

  private int indexOf(long ingredientId) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).ingredientId() == ingredientId) {
        return i;
      }
    }
    throw new IllegalArgumentException("Ingredient " + ingredientId + " is not on order " + id);
  }
}
