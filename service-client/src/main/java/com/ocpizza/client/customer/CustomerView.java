package com.ocpizza.client.customer;

import java.time.Instant;
import java.util.List;

/** A customer profile with its addresses, as answered to the customer and to counter staff. */
public record CustomerView(
    String id,
    String email,
    String firstName,
    String lastName,
    String phone,
    Long preferredPizzeriaId,
    boolean marketingConsent,
    Instant marketingConsentAt,
    boolean hasAccount,
    String status,
    Instant createdAt,
    List<AddressView> addresses) {}
