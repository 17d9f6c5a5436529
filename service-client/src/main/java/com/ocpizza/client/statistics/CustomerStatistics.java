package com.ocpizza.client.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a customer usually orders: how often, how much, when last, and their favourite products —
 * shown to them ("order your usual again") and to counter staff.
 */
public record CustomerStatistics(
    String customerId,
    int orderCount,
    BigDecimal totalSpent,
    Instant lastOrderAt,
    List<Favourite> favourites) {

  /** A product the customer ordered often, with how many they ordered in all. */
  public record Favourite(long productId, String productName, String size, int count) {}
}
