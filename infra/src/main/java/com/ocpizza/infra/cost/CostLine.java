package com.ocpizza.infra.cost;

import java.math.BigDecimal;

/**
 * One priced item, in dollars per month: on demand, and with 1-year no-upfront reservations for the
 * capacity that runs around the clock.
 */
public record CostLine(
    Category category, String item, BigDecimal onDemandUsd, BigDecimal reservedUsd) {

  static CostLine same(Category category, String item, BigDecimal usd) {
    return new CostLine(category, item, usd, usd);
  }
}
