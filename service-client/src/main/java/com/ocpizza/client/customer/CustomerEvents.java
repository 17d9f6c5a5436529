package com.ocpizza.client.customer;

import java.time.Instant;

/** Events this service publishes about customers, on its feed. */
final class CustomerEvents {

  private CustomerEvents() {}

  /**
   * A customer profile now exists: from an online registration ({@code WEB}) or created by counter
   * staff for a phone or counter order ({@code PHONE}).
   */
  record CustomerRegistered(
      String customerId, String accountId, String channel, Long pizzeriaId, Instant createdAt) {}
}
