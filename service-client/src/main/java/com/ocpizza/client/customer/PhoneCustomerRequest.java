package com.ocpizza.client.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer known only by phone, created by counter staff taking their order. */
record PhoneCustomerRequest(
    @NotBlank @Size(max = 100) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String firstName,
    @NotBlank @Size(max = 100) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String lastName,
    @NotBlank @Size(max = 32) String phone,
    @Valid AddressDetails address) {}
