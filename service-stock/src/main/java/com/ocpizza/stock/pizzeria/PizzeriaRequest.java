package com.ocpizza.stock.pizzeria;

import com.ocpizza.stock.pizzeria.Pizzeria.DeliveryArea;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A pizzeria as the head office describes it, to register it or change it. */
record PizzeriaRequest(
    @NotBlank @Size(max = 100) String name,
    @NotNull @Valid AddressRequest address,
    @NotNull @Pattern(regexp = "\\+?[0-9 .]{8,20}", message = "must be a phone number")
        String phone,
    @NotNull @Pattern(regexp = "\\d{14}", message = "must be 14 digits") String siret,
    @NotNull @Size(max = 28) List<@Valid @NotNull OpeningRangeRequest> openingHours,
    @NotNull @Valid DeliveryAreaRequest deliveryArea) {

  record AddressRequest(
      @NotBlank @Size(max = 200) String street,
      @NotNull @Pattern(regexp = "\\d{5}", message = "must be a French postcode") String postcode,
      @NotBlank @Size(max = 100) String city) {}

  record OpeningRangeRequest(
      @NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {}

  record DeliveryAreaRequest(
      @NotNull @Size(max = 100)
          Set<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a French postcode") String>
              postcodes,
      @NotNull @DecimalMin("0") @DecimalMax("50") @Digits(integer = 2, fraction = 2)
          BigDecimal fee) {}

  Address toAddress() {
    return new Address(address.street(), address.postcode(), address.city());
  }

  OpeningHours toOpeningHours() {
    return new OpeningHours(
        openingHours.stream()
            .map(range -> new OpeningRange(range.day(), range.opens(), range.closes()))
            .toList());
  }

  DeliveryArea toDeliveryArea() {
    return new DeliveryArea(deliveryArea.postcodes(), deliveryArea.fee());
  }
}
