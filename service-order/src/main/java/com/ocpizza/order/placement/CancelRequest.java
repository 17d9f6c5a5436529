package com.ocpizza.order.placement;

import jakarta.validation.constraints.Size;

/** Why an order is cancelled, if the customer or the counter says. */
record CancelRequest(@Size(max = 400) String reason) {}
