package com.ocpizza.stock.inventory;

import com.ocpizza.stock.catalogue.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What staff send about their pizzeria's stock. */
final class InventoryRequests {

  private InventoryRequests() {}

  /**
   * Ingredients thrown away. A line may state the unit the quantity is in, as a guard against
   * entering kilograms for grams.
   */
  record WasteRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull WasteLine> lines) {}

  record WasteLine(
      @NotNull @Positive Long ingredientId,
      @NotNull @Positive @DecimalMax("1000000") @Digits(integer = 7, fraction = 3)
          BigDecimal quantity,
      Unit unit,
      @Size(max = 200) String note) {}

  /** What was counted on the shelves; the stock becomes exactly that. */
  record InventoryRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull CountLine> lines) {}

  record CountLine(
      @NotNull @Positive Long ingredientId,
      @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3)
          BigDecimal countedQuantity,
      Unit unit) {}

  record ThresholdsRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull ThresholdLine> lines) {}

  record ThresholdLine(
      @NotNull @Positive Long ingredientId,
      @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3)
          BigDecimal threshold) {}
}
