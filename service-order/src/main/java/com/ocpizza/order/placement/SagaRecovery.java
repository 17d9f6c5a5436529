package com.ocpizza.order.placement;

import com.ocpizza.common.problem.DependencyUnavailableException;
import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.order.OrderStatus;
import com.ocpizza.order.stock.OutOfStockException;
import com.ocpizza.order.stock.StockClient;
import com.ocpizza.order.system.JobLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes what a crash or an outage interrupted, on whichever replica holds the job's lease:
 * re-drives orders left {@code PENDING} (the reservation is idempotent), cancels online orders
 * unpaid after 15 minutes, and releases the reservations of closed orders.
 */
@Component
class SagaRecovery {

  private static final Logger log = LoggerFactory.getLogger(SagaRecovery.class);
  static final Duration PENDING_GRACE = Duration.ofSeconds(10);
  static final Duration PAYMENT_WINDOW = Duration.ofMinutes(15);

  private final OrderRepository orders;
  private final StockClient stock;
  private final PlacementSteps steps;
  private final Releases releases;
  private final JobLease lease;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SagaRecovery(
      OrderRepository orders,
      StockClient stock,
      PlacementSteps steps,
      Releases releases,
      JobLease lease,
      TransactionTemplate transaction,
      Clock clock) {
    this.orders = orders;
    this.stock = stock;
    this.steps = steps;
    this.releases = releases;
    this.lease = lease;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${ocpizza.order.recovery-interval:2s}")
  void recover() {
    if (!lease.acquire("saga-recovery", Duration.ofSeconds(30))) {
      return;
    }
    try {
      redrivePending();
      expireUnpaid();
      releaseClosed();
    } catch (DependencyUnavailableException e) {
      log.info("Recovery paused: {}", e.getMessage());
    }
  }

  void redrivePending() {
    Instant before = clock.instant().minus(PENDING_GRACE);
    for (Order order :
        orders.findByStatusAndUpdatedAtBefore(OrderStatus.PENDING, before, Limit.of(50))) {
      try {
        stock.reserve(order.orderId(), order.pizzeriaId(), Pricing.reservation(order.lines()));
        steps.placed(order.orderId());
      } catch (OutOfStockException shortage) {
        steps.rejected(order.orderId(), shortage);
      } catch (ObjectOptimisticLockingFailureException raced) {
        // The placement request finished it meanwhile.
      }
    }
  }

  void expireUnpaid() {
    // Counted from placement: a failed attempt or a modification touches the order but does not
    // give the customer another 15 minutes of held stock.
    Instant before = clock.instant().minus(PAYMENT_WINDOW);
    List<Order> unpaid =
        orders.findByStatusAndPlacedAtBefore(OrderStatus.AWAITING_PAYMENT, before, Limit.of(50));
    for (Order stale : unpaid) {
      try {
        transaction.executeWithoutResult(
            status -> {
              Order order = orders.get(stale.orderId());
              if (order.status() == OrderStatus.AWAITING_PAYMENT) {
                order.expire(clock.instant());
                orders.save(order);
              }
            });
      } catch (ObjectOptimisticLockingFailureException raced) {
        // Paid at the last second: nothing to expire.
      }
    }
  }

  /**
   * Releases every closed order still holding stock. One order the stock refuses does not hold back
   * the others; an outage ends the round, which the next one retries.
   */
  void releaseClosed() {
    for (Order order : orders.findByReleasePendingTrue(Limit.of(50))) {
      try {
        releases.release(order.orderId());
      } catch (DependencyUnavailableException outage) {
        throw outage;
      } catch (RuntimeException refused) {
        log.warn("Stock of order {} not released: {}", order.orderId(), refused.getMessage());
      }
    }
  }
}
