package com.ocpizza.management.sales;

import java.math.BigDecimal;

/**
 * The ingredient cost of an order from the stock feed: what its reservations took and what its
 * releases gave back, each at the unit cost of the time.
 */
record OrderCost(BigDecimal reserved, BigDecimal released) {

  static final OrderCost NONE = new OrderCost(BigDecimal.ZERO, BigDecimal.ZERO);

  /** Cost of goods sold: reservations net of releases. */
  BigDecimal net() {
    return reserved.subtract(released);
  }
}
