package com.ocpizza.order.order;

import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders and applies the staff's status changes: load, call one intent method, save (which
 * writes the events to the outbox). An order the caller may not see is answered as not found.
 */
@Service
@Transactional
public class OrderService {

  private final OrderRepository orders;
  private final EstimatedTimes estimates;
  private final Clock clock;

  OrderService(OrderRepository orders, EstimatedTimes estimates, Clock clock) {
    this.orders = orders;
    this.estimates = estimates;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public OrderView view(OrderId id, Caller caller) {
    return view(visible(id, caller));
  }

  @Transactional(readOnly = true)
  public List<OrderView> mine(Caller caller) {
    return orders
        .findByCustomerAccountIdOrderByPlacedAtDesc(caller.userId(), Limit.of(100))
        .stream()
        .filter(o -> o.status() != OrderStatus.PENDING)
        .map(this::view)
        .toList();
  }

  /** Loads an order the caller may see; others are reported as not existing. */
  @Transactional(readOnly = true)
  public Order visible(OrderId id, Caller caller) {
    Order order = orders.get(id);
    if (!order.isVisibleTo(caller)) {
      throw new NotFoundException("No order " + id + ".");
    }
    return order;
  }

  /** Applies one intent method as the caller and saves the order. */
  public OrderView change(OrderId id, Caller caller, BiConsumer<Order, Instant> intent) {
    Order order = visible(id, caller);
    intent.accept(order, clock.instant());
    return view(orders.save(order));
  }

  OrderView view(Order order) {
    return OrderView.of(order, estimates.of(order));
  }

  /** The view of an order already loaded, with its estimated times. */
  @Transactional(readOnly = true)
  public OrderView viewOf(Order order) {
    return view(order);
  }
}
