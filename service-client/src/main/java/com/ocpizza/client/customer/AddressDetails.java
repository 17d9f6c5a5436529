package com.ocpizza.client.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A delivery address as people give it: a label ("Maison", "Bureau"), the street and number, the
 * floor or door code, a French postcode and city, and instructions for the courier.
 */
public record AddressDetails(
    @NotBlank @Size(max = 40) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String label,
    @NotBlank @Size(max = 200) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String street,
    @Size(max = 200) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) String complement,
    @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a 5-digit French postcode")
        String postcode,
    @NotBlank @Size(max = 100) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String city,
    @Size(max = 500) @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE)
        String instructions) {}
