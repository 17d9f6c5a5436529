package com.ocpizza.stock.reservation;

import com.ocpizza.stock.catalogue.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/** What the order service asks to hold: so many of each product and size, at one pizzeria. */
record ReservationRequest(
    @NotNull @Positive Long pizzeriaId,
    @NotEmpty @jakarta.validation.constraints.Size(max = 50) List<@Valid @NotNull Line> lines) {

  record Line(
      @NotNull @Positive Long productId,
      @NotNull Size size,
      @NotNull @Positive @Max(100) Integer count) {}
}
