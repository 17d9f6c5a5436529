package com.ocpizza.order.order;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Estimates when an order will be ready, and delivered: the orders ahead of it in its pizzeria's
 * queue times the recent average preparation time (measured from the status history of the last
 * orders made ready, 12 minutes when there is no history), shared among the kitchen's parallel
 * ovens, plus the delivery leg. A pizzeria's pace is measured again every {@link #PACE_REFRESH}
 * rather than for every order shown: it reads the histories of twenty orders, and moves slowly.
 */
@Component
@Transactional(readOnly = true)
public class EstimatedTimes {

  static final Duration DEFAULT_PREPARATION = Duration.ofMinutes(12);
  static final Duration DELIVERY_LEG = Duration.ofMinutes(20);
  static final int PARALLEL_PREPARATIONS = 3;
  static final Duration PACE_REFRESH = Duration.ofSeconds(30);

  /** When an order should be ready and, for a delivery, at the door; null once past that. */
  public record Estimate(Instant readyAt, Instant deliveredAt) {}

  private final OrderRepository orders;
  private final Clock clock;
  private final Cache<Long, Duration> paces =
      Caffeine.newBuilder().expireAfterWrite(PACE_REFRESH).maximumSize(1_000).build();

  EstimatedTimes(OrderRepository orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  public Estimate of(Order order) {
    Instant now = clock.instant();
    return switch (order.status()) {
      case AWAITING_PAYMENT, RECEIVED, IN_PREPARATION -> {
        Duration each = recentPreparationTime(order.pizzeriaId());
        long ahead =
            orders.countAhead(
                order.pizzeriaId(),
                EnumSet.of(OrderStatus.RECEIVED, OrderStatus.IN_PREPARATION),
                order.placedAt());
        Duration wait = each.multipliedBy(ahead / PARALLEL_PREPARATIONS + 1);
        Instant ready = now.plus(wait);
        yield new Estimate(ready, deliveryAfter(order, ready));
      }
      case READY -> new Estimate(now, deliveryAfter(order, now));
      case OUT_FOR_DELIVERY -> {
        Instant left = lastChangeTo(order, OrderStatus.OUT_FOR_DELIVERY);
        Instant due = left.plus(DELIVERY_LEG);
        yield new Estimate(null, due.isBefore(now) ? now : due);
      }
      default -> new Estimate(null, null);
    };
  }

  /** The mean preparation time of the pizzeria's last orders made ready, as last measured. */
  Duration recentPreparationTime(long pizzeriaId) {
    return paces.get(pizzeriaId, this::measurePace);
  }

  private Duration measurePace(long pizzeriaId) {
    // The most recently moved on, not the oldest: once a pizzeria has made hundreds of orders
    // the estimate must follow tonight's pace.
    List<Order> recent =
        orders.findByPizzeriaIdAndStatusInOrderByUpdatedAtDesc(
            pizzeriaId,
            EnumSet.of(
                OrderStatus.READY,
                OrderStatus.OUT_FOR_DELIVERY,
                OrderStatus.DELIVERED,
                OrderStatus.COLLECTED),
            Limit.of(20));
    List<Duration> times =
        recent.stream()
            .map(EstimatedTimes::preparationTime)
            .filter(d -> d != null && !d.isNegative())
            .toList();
    if (times.isEmpty()) {
      return DEFAULT_PREPARATION;
    }
    return times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size());
  }

  private static Duration preparationTime(Order order) {
    Instant started = null;
    for (StatusChange change : order.history()) {
      if (change.to() == OrderStatus.IN_PREPARATION) {
        started = change.at();
      }
      if (change.to() == OrderStatus.READY && started != null) {
        return Duration.between(started, change.at());
      }
    }
    return null;
  }

  private static Instant deliveryAfter(Order order, Instant ready) {
    return order.fulfilment() == Fulfilment.DELIVERY ? ready.plus(DELIVERY_LEG) : null;
  }

  private static Instant lastChangeTo(Order order, OrderStatus status) {
    return order.history().stream()
        .filter(c -> c.to() == status)
        .reduce((a, b) -> b)
        .map(StatusChange::at)
        .orElse(order.updatedAt());
  }
}
