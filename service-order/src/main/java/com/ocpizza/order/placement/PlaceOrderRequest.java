package com.ocpizza.order.placement;

import com.ocpizza.order.order.Channel;
import com.ocpizza.order.order.Fulfilment;
import com.ocpizza.order.order.PaymentMethod;
import com.ocpizza.order.order.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as the web front or the counter sends it. It names products, sizes and counts only:
 * prices come from the catalogue, and a line that carries one is refused.
 *
 * @param customerId for phone and counter orders, the client service's customer (null: an anonymous
 *     counter sale)
 * @param addressId a saved address of the customer, for a delivery
 * @param address an address given on the spot, for a delivery without a saved one
 */
record PlaceOrderRequest(
    @NotNull @Positive Long pizzeriaId,
    @NotNull Channel channel,
    @NotNull Fulfilment fulfilment,
    @NotNull PaymentMethod paymentMethod,
    @NotEmpty @jakarta.validation.constraints.Size(max = 50)
        List<@Valid @NotNull LineRequest> lines,
    @jakarta.validation.constraints.Size(max = 64) String customerId,
    @jakarta.validation.constraints.Size(max = 64) String addressId,
    @Valid AddressRequest address) {

  record LineRequest(
      @NotNull @Positive Long productId,
      @NotNull Size size,
      @NotNull @Min(1) @Max(50) Integer count,
      @Null(message = "prices come from the catalogue, not from the order")
          BigDecimal unitPriceExclVat) {}

  record AddressRequest(
      @NotBlank @jakarta.validation.constraints.Size(max = 200) String street,
      @jakarta.validation.constraints.Size(max = 200) String complement,
      @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a French postcode") String postcode,
      @NotBlank @jakarta.validation.constraints.Size(max = 100) String city,
      @jakarta.validation.constraints.Size(max = 500) String instructions) {}
}
