package com.ocpizza.order.placement;

import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.stock.StockClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases the reservations of closed orders (cancelled, rejected, expired). The release call is
 * idempotent, and the order's flag is cleared only after it succeeded, so a failure is retried by
 * the release job.
 */
@Component
class Releases {

  private static final Logger log = LoggerFactory.getLogger(Releases.class);

  private final OrderRepository orders;
  private final StockClient stock;
  private final TransactionTemplate transaction;

  Releases(OrderRepository orders, StockClient stock, TransactionTemplate transaction) {
    this.orders = orders;
    this.stock = stock;
    this.transaction = transaction;
  }

  /** Releases now if the stock service answers; otherwise leaves it to the job. */
  void releaseQuietly(OrderId id) {
    try {
      release(id);
    } catch (RuntimeException e) {
      log.warn("Stock of order {} not released yet: {}", id, e.getMessage());
    }
  }

  /** Releases the order's reservation and clears its flag; fails as the stock call failed. */
  void release(OrderId id) {
    stock.release(id);
    transaction.executeWithoutResult(
        status -> {
          Order order = orders.get(id);
          if (order.releasePending()) {
            order.released();
            orders.save(order);
          }
        });
  }
}
