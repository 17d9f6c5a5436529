package com.ocpizza.order.placement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** New lines for an order not yet in preparation and, for a delivery, optionally a new address. */
record ModifyOrderRequest(
    @NotEmpty @jakarta.validation.constraints.Size(max = 50)
        List<PlaceOrderRequest.@Valid @NotNull LineRequest> lines,
    @jakarta.validation.constraints.Size(max = 64) String addressId,
    @Valid PlaceOrderRequest.AddressRequest address) {}
