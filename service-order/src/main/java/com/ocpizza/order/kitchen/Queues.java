package com.ocpizza.order.kitchen;

import com.ocpizza.order.order.Fulfilment;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.order.OrderService;
import com.ocpizza.order.order.OrderStatus;
import com.ocpizza.order.order.OrderView;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a pizzeria's queues. */
@Service
@Transactional(readOnly = true)
class Queues {

  private final OrderRepository orders;
  private final OrderService views;

  Queues(OrderRepository orders, OrderService views) {
    this.orders = orders;
    this.views = views;
  }

  List<OrderView> orders(long pizzeriaId, Set<OrderStatus> statuses, Fulfilment fulfilment) {
    return orders
        .findByPizzeriaIdAndStatusInOrderByPlacedAtAsc(pizzeriaId, statuses, Limit.of(200))
        .stream()
        .filter(o -> fulfilment == null || o.fulfilment() == fulfilment)
        .map(views::viewOf)
        .toList();
  }
}
