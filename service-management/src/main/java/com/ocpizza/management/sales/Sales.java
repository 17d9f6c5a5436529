package com.ocpizza.management.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the sales read models in step with the feeds. Each change takes the order's old
 * contribution out of the aggregates and puts the new one in, so orders modified, cancelled or
 * costed late (the stock feed runs beside the order feed) are always counted once, as they are now.
 */
@Service
@Transactional
public class Sales {

  private final SaleOrders orders;
  private final Aggregates aggregates;
  private final CustomerAccounts accounts;
  private final ApplicationEventPublisher events;

  Sales(
      SaleOrders orders,
      Aggregates aggregates,
      CustomerAccounts accounts,
      ApplicationEventPublisher events) {
    this.orders = orders;
    this.aggregates = aggregates;
    this.accounts = accounts;
    this.events = events;
  }

  void placed(SaleOrder order) {
    Optional<SaleOrder> known = orders.find(order.orderId);
    if (known.isPresent()) {
      modified(order.orderId, order.content());
      return;
    }
    forgetIfErased(order);
    orders.insert(order);
    aggregates.contribute(order, orders.cost(order.orderId), 1);
  }

  void modified(String orderId, OrderContent content) {
    change(
        orderId,
        order -> {
          order.modify(content);
          forgetIfErased(order);
        });
  }

  /**
   * The order and client feeds run side by side: an order event may arrive after its customer's
   * erasure, and must not bring their personal data back.
   */
  private void forgetIfErased(SaleOrder order) {
    if (accounts.isErased(order.customerId)) {
      order.erasePersonalData();
    }
  }

  void statusChanged(String orderId, String to, Instant at) {
    change(
        orderId,
        order ->
            order
                .changeStatus(to, at)
                .forEach(
                    time ->
                        aggregates.addDuration(
                            order.pizzeriaId, order.businessDate(), time.stage(), time.minutes())));
  }

  void paymentRecorded(String orderId, String status) {
    change(orderId, order -> order.paymentRecorded(status));
  }

  void customerErased(String customerId) {
    for (String orderId : orders.idsOfCustomer(customerId)) {
      change(orderId, SaleOrder::erasePersonalData);
    }
  }

  /**
   * Ingredient cost moved for an order: a reservation (positive) or a release (given back). The
   * order may not be known yet; its cost is then counted when it arrives. Only the cost columns
   * move: its sales, VAT and quantities stay as they are.
   */
  public void costMoved(String orderId, BigDecimal reserved, BigDecimal released) {
    Optional<SaleOrder> known = orders.find(orderId);
    if (known.isEmpty()) {
      orders.addCost(orderId, reserved, released);
      return;
    }
    OrderCost before = orders.cost(orderId);
    orders.addCost(orderId, reserved, released);
    aggregates.costChanged(known.get(), before, orders.cost(orderId));
  }

  /** An order as documents need it. */
  @Transactional(readOnly = true)
  public Optional<SoldOrder> find(String orderId) {
    return orders.find(orderId).map(SoldOrder::of);
  }

  private void change(String orderId, java.util.function.Consumer<SaleOrder> change) {
    orders
        .find(orderId)
        .ifPresent(
            order -> {
              OrderCost cost = orders.cost(orderId);
              aggregates.contribute(order, cost, -1);
              change.accept(order);
              orders.update(order);
              aggregates.contribute(order, cost, 1);
              if (order.finished()) {
                events.publishEvent(new OrderFinished(SoldOrder.of(order)));
              }
            });
  }
}
