package com.ocpizza.order.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Business metrics drawn from the order's events once their transaction committed, so that a
 * rolled-back change counts nothing: orders placed, payments by method and outcome, and the time
 * orders spend in each status (e.g. {@code IN_PREPARATION} is the kitchen's preparation time).
 */
@Component
class OrderMetrics {

  private final MeterRegistry meters;

  OrderMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(OrderEvents.OrderPlaced placed) {
    Counter.builder("orders.placed")
        .description("Orders placed: stock reserved, in the pizzeria's queue or awaiting payment")
        .tag("channel", placed.channel().name())
        .tag("fulfilment", placed.fulfilment().name())
        .tag("payment", placed.paymentMethod().name())
        .register(meters)
        .increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(OrderEvents.PaymentRecorded payment) {
    Counter.builder("orders.payments")
        .description("Payments by method and outcome (PAID, FAILED, REFUNDED)")
        .tag("method", payment.method().name())
        .tag("outcome", payment.status().name())
        .register(meters)
        .increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(OrderEvents.OrderStatusChanged change) {
    if (change.fromSince() == null || change.from() == null) {
      return;
    }
    Timer.builder("orders.status.time")
        .description("Time orders spent in a status before leaving it")
        .tag("status", change.from().name())
        .tag("next", change.to().name())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofSeconds(1))
        .maximumExpectedValue(Duration.ofHours(2))
        .register(meters)
        .record(Duration.between(change.fromSince(), change.at()));
  }
}
