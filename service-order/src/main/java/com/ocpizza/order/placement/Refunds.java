package com.ocpizza.order.placement;

import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.payment.PaymentProvider;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives back what was paid online beyond what an order now costs (all of it once cancelled). */
@Component
@Transactional
class Refunds {

  private final OrderRepository orders;
  private final PaymentProvider provider;
  private final Clock clock;

  Refunds(OrderRepository orders, PaymentProvider provider, Clock clock) {
    this.orders = orders;
    this.provider = provider;
    this.clock = clock;
  }

  void refundExcess(OrderId id) {
    Order order = orders.get(id);
    BigDecimal due = order.refundDue();
    if (due.signum() > 0) {
      order.refunded(due, provider.refund(id, due), clock.instant());
      orders.save(order);
    }
  }
}
