package com.ocpizza.order.kitchen;

import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.order.order.Fulfilment;
import com.ocpizza.order.order.OrderStatus;
import com.ocpizza.order.order.OrderView;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A pizzeria's orders for its own staff (and the head office), oldest first. */
@RestController
@RequestMapping("/api/pizzerias/{pizzeriaId}/orders")
class QueueController {

  private static final Set<OrderStatus> OPEN =
      EnumSet.of(
          OrderStatus.AWAITING_PAYMENT,
          OrderStatus.RECEIVED,
          OrderStatus.IN_PREPARATION,
          OrderStatus.READY,
          OrderStatus.OUT_FOR_DELIVERY);

  private final Queues queues;

  QueueController(Queues queues) {
    this.queues = queues;
  }

  @GetMapping
  List<OrderView> orders(
      @PathVariable long pizzeriaId,
      @RequestParam(required = false) Set<OrderStatus> status,
      Caller caller) {
    requireStaff(pizzeriaId, caller, Role.COUNTER, Role.PIZZAIOLO, Role.COURIER, Role.MANAGER);
    Set<OrderStatus> wanted = status == null || status.isEmpty() ? OPEN : EnumSet.copyOf(status);
    wanted.remove(OrderStatus.PENDING);
    return queues.orders(pizzeriaId, wanted, null);
  }

  /** What the kitchen has to make, in arrival order. */
  @GetMapping("/kitchen")
  List<OrderView> kitchen(@PathVariable long pizzeriaId, Caller caller) {
    requireStaff(pizzeriaId, caller, Role.PIZZAIOLO, Role.MANAGER);
    return queues.orders(
        pizzeriaId, EnumSet.of(OrderStatus.RECEIVED, OrderStatus.IN_PREPARATION), null);
  }

  /** Ready deliveries, with address and phone, for the couriers and the manager. */
  @GetMapping("/deliveries")
  List<OrderView> deliveries(@PathVariable long pizzeriaId, Caller caller) {
    requireStaff(pizzeriaId, caller, Role.COURIER, Role.MANAGER, Role.COUNTER);
    return queues.orders(pizzeriaId, EnumSet.of(OrderStatus.READY), Fulfilment.DELIVERY);
  }

  private static void requireStaff(long pizzeriaId, Caller caller, Role... roles) {
    if (!caller.actsAt(pizzeriaId, roles)) {
      throw new NotFoundException("No pizzeria " + pizzeriaId + " of yours.");
    }
  }
}
