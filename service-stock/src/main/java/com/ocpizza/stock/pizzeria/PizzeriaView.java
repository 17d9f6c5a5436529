package com.ocpizza.stock.pizzeria;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A pizzeria as anyone may see it, with whether it is open at the moment of asking. */
record PizzeriaView(
    long id,
    String name,
    AddressView address,
    String phone,
    String siret,
    PizzeriaStatus status,
    boolean openNow,
    List<OpeningRangeView> openingHours,
    DeliveryAreaView deliveryArea) {

  record AddressView(String street, String postcode, String city) {}

  record OpeningRangeView(DayOfWeek day, LocalTime opens, LocalTime closes) {}

  record DeliveryAreaView(Set<String> postcodes, BigDecimal fee) {}

  static PizzeriaView of(Pizzeria pizzeria, Instant now) {
    Address address = pizzeria.address();
    return new PizzeriaView(
        pizzeria.id(),
        pizzeria.name(),
        new AddressView(address.street(), address.postcode(), address.city()),
        pizzeria.phone(),
        pizzeria.siret(),
        pizzeria.status(),
        pizzeria.isOpenAt(now),
        pizzeria.openingHours().ranges().stream()
            .map(r -> new OpeningRangeView(r.dayOfWeek(), r.opensAt(), r.closesAt()))
            .toList(),
        new DeliveryAreaView(pizzeria.deliveryArea().postcodes(), pizzeria.deliveryArea().fee()));
  }
}
