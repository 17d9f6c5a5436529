package com.ocpizza.client.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What a customer may change in their profile. */
record ProfileUpdate(
    @NotBlank @Size(max = 100) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String firstName,
    @NotBlank @Size(max = 100) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String lastName,
    @Size(max = 32) String phone,
    @Positive Long preferredPizzeriaId,
    boolean marketingConsent) {}
