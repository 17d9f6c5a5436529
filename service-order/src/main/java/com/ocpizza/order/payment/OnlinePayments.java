package com.ocpizza.order.payment;

import com.ocpizza.common.security.Caller;
import com.ocpizza.order.order.IllegalTransitionGuard;
import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.order.OrderService;
import com.ocpizza.order.order.OrderStatus;
import com.ocpizza.order.order.PaymentMethod;
import java.net.URI;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts online payments and applies the provider's verified outcomes to the orders. */
@Service
@Transactional
class OnlinePayments {

  private final OrderService orders;
  private final OrderRepository repository;
  private final PaymentProvider provider;
  private final Clock clock;

  OnlinePayments(
      OrderService orders, OrderRepository repository, PaymentProvider provider, Clock clock) {
    this.orders = orders;
    this.repository = repository;
    this.provider = provider;
    this.clock = clock;
  }

  URI checkout(OrderId id, Caller caller) {
    Order order = orders.visible(id, caller);
    IllegalTransitionGuard.require(
        order.status() == OrderStatus.AWAITING_PAYMENT, order.status(), "be paid online");
    return provider.checkout(id, order.outstanding());
  }

  void outcome(OrderId id, SimulatedPaymentProvider.Outcome outcome, String reference) {
    Order order = repository.get(id);
    if (outcome == SimulatedPaymentProvider.Outcome.PAID) {
      order.paidOnline(reference, clock.instant());
    } else {
      order.onlinePaymentFailed(reference, clock.instant());
    }
    repository.save(order);
  }

  void payLater(OrderId id, PaymentMethod method, Caller caller) {
    orders.change(id, caller, (o, now) -> o.payLater(caller, method, now));
  }
}
