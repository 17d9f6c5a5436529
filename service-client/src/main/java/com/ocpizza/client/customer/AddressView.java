package com.ocpizza.client.customer;

/** An address as answered to its customer, to counter staff and to the order service. */
public record AddressView(
    String id,
    String label,
    String street,
    String complement,
    String postcode,
    String city,
    String instructions,
    boolean isDefault) {}
