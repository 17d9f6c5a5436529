package com.ocpizza.stock.catalogue;

import com.ocpizza.stock.system.InvalidRequestException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Something pizzerias keep in stock and recipes use: counted in one unit for good, with the unit
 * cost excl. VAT the head office pays for it (a weighted average of what deliveries cost).
 */
@Entity
class Ingredient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Unit unit;

  private BigDecimal unitCost;

  @ElementCollection
  @CollectionTable(name = "ingredient_allergen", joinColumns = @JoinColumn(name = "ingredient_id"))
  @Column(name = "allergen")
  @Enumerated(EnumType.STRING)
  private Set<Allergen> allergens = new HashSet<>();

  @Version private long version;

  protected Ingredient() {}

  Ingredient(String name, Unit unit, BigDecimal unitCost, Set<Allergen> allergens) {
    this.unit = unit;
    describe(name, allergens);
    reprice(unitCost);
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  Unit unit() {
    return unit;
  }

  BigDecimal unitCost() {
    return unitCost;
  }

  Set<Allergen> allergens() {
    return allergens.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allergens));
  }

  void describe(String name, Set<Allergen> allergens) {
    this.name = name.strip();
    this.allergens.clear();
    this.allergens.addAll(allergens);
  }

  /** The head office sets the cost by hand, e.g. when a supplier changes its prices. */
  void reprice(BigDecimal unitCost) {
    if (unitCost.signum() < 0) {
      throw new InvalidRequestException("unitCost", "must not be negative");
    }
    this.unitCost = unitCost.setScale(4, RoundingMode.HALF_UP);
  }

  /**
   * A delivery came in: the unit cost becomes the average of what was in stock everywhere (at the
   * old cost) and what was delivered (at its cost), weighted by quantity.
   */
  void absorbDelivery(BigDecimal stockBefore, BigDecimal delivered, BigDecimal deliveredCost) {
    BigDecimal before = stockBefore.max(BigDecimal.ZERO);
    BigDecimal total = before.add(delivered);
    if (total.signum() <= 0) {
      return;
    }
    this.unitCost =
        before
            .multiply(unitCost)
            .add(delivered.multiply(deliveredCost))
            .divide(total, 4, RoundingMode.HALF_UP);
  }
}
