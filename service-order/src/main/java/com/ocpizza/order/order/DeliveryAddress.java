package com.ocpizza.order.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The delivery address as it was when the order was placed or modified: a snapshot. */
@Embeddable
public record DeliveryAddress(
    @Column(name = "address_street") String street,
    @Column(name = "address_complement") String complement,
    @Column(name = "address_postcode") String postcode,
    @Column(name = "address_city") String city,
    @Column(name = "address_instructions") String instructions) {}
