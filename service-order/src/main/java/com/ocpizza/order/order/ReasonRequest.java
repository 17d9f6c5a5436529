package com.ocpizza.order.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a change is made: the missing ingredient, the incident, the cancellation. */
record ReasonRequest(@NotBlank @Size(max = 400) String reason) {}
