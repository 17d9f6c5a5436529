package com.ocpizza.stock.supplier;

import com.ocpizza.stock.catalogue.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What managers and the head office send about suppliers and supplier orders. */
final class SupplierRequests {

  private SupplierRequests() {}

  record SupplierRequest(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Email @Size(max = 200) String email,
      @NotNull @Pattern(regexp = "\\+?[0-9 .]{8,20}", message = "must be a phone number")
          String phone) {}

  record SupplierOrderRequest(
      @NotNull @Positive Long supplierId,
      @NotEmpty @Size(max = 200) List<@Valid @NotNull OrderLine> lines) {}

  record OrderLine(
      @NotNull @Positive Long ingredientId,
      @NotNull @Positive @DecimalMax("1000000") @Digits(integer = 7, fraction = 3)
          BigDecimal quantity,
      @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 4)
          BigDecimal unitCost,
      Unit unit) {}

  /** A delivery; a line's unit cost defaults to the one expected on the order. */
  record ReceiptRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull ReceiptLine> lines) {}

  record ReceiptLine(
      @NotNull @Positive Long ingredientId,
      @NotNull @Positive @DecimalMax("1000000") @Digits(integer = 7, fraction = 3)
          BigDecimal quantity,
      @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 4) BigDecimal unitCost,
      Unit unit) {}
}
