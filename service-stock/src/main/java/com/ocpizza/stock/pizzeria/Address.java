package com.ocpizza.stock.pizzeria;

import jakarta.persistence.Embeddable;

/** A postal address in France. */
@Embeddable
record Address(String street, String postcode, String city) {

  Address {
    street = street.strip();
    postcode = postcode.strip();
    city = city.strip();
  }
}
