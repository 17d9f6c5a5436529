package com.ocpizza.order.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The courier (their user id) a manager gives a delivery to. */
record CourierRequest(@NotBlank @Size(max = 64) String courierId) {}
