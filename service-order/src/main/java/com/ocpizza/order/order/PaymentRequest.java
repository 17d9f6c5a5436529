package com.ocpizza.order.order;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Money taken at the door or the counter. */
record PaymentRequest(
    @NotNull PaymentMethod method,
    @NotNull @DecimalMin("0.01") @Digits(integer = 6, fraction = 2) BigDecimal amount) {}
