package com.ocpizza.order.order;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Orders and callers in the states tests need, built through the aggregate's own methods. */
final class OrderMother {

  static final long PIZZERIA = 1;
  static final Instant NOW = Instant.parse("2026-11-29T19:00:00Z");
  static final String CUSTOMER_ACCOUNT = "account-1";

  private OrderMother() {}

  static Order pending(Fulfilment fulfilment, PaymentMethod method) {
    return new Order(
        OrderId.random(),
        "P1-20261129-0001",
        PIZZERIA,
        Channel.WEB,
        fulfilment,
        new OrderCustomer(CUSTOMER_ACCOUNT, "customer-1", "Ada Lovelace", "0600000000"),
        new DeliveryAddress("1 rue Oberkampf", null, "75011", "Paris", null),
        List.of(
            OrderLine.priced(
                10, "Margherita", Size.MEDIUM, 2, new BigDecimal("9.09"), new BigDecimal("10")),
            OrderLine.priced(
                20, "Eau 1.5 l", Size.SINGLE, 1, new BigDecimal("2.37"), new BigDecimal("5.5"))),
        new BigDecimal("2.50"),
        method,
        CUSTOMER_ACCOUNT,
        NOW);
  }

  static Order inStatus(OrderStatus status, Fulfilment wanted) {
    Fulfilment fulfilment =
        switch (status) {
          case COLLECTED -> Fulfilment.TAKEAWAY;
          case OUT_FOR_DELIVERY, DELIVERED, INCIDENT -> Fulfilment.DELIVERY;
          default -> wanted;
        };
    Order order = pending(fulfilment, PaymentMethod.CASH);
    Caller manager = staff(Role.MANAGER);
    switch (status) {
      case PENDING -> {}
      case AWAITING_PAYMENT -> {
        order = pending(fulfilment, PaymentMethod.ONLINE_CARD);
        order.reserved(NOW);
      }
      case REJECTED -> order.reject("out of stock", NOW);
      case RECEIVED -> order.reserved(NOW);
      case CANCELLED -> {
        order.reserved(NOW);
        order.cancel(manager, "changed mind", NOW);
      }
      default -> {
        order.reserved(NOW);
        order.startPreparation(manager, NOW);
        if (status == OrderStatus.IN_PREPARATION) {
          break;
        }
        order.markReady(manager, NOW);
        if (status == OrderStatus.READY) {
          break;
        }
        if (status == OrderStatus.COLLECTED) {
          order.handOver(manager, NOW);
          break;
        }
        order.leaveForDelivery(manager, NOW);
        if (status == OrderStatus.DELIVERED) {
          order.markDelivered(manager, NOW);
        } else if (status == OrderStatus.INCIDENT) {
          order.reportIncident(manager, "refused at the door", NOW);
        }
      }
    }
    return order;
  }

  static Caller staff(Role role) {
    return new Caller("staff-" + role, Set.of(role), PIZZERIA);
  }

  static Caller staffElsewhere(Role role) {
    return new Caller("other-" + role, Set.of(role), PIZZERIA + 1);
  }

  static Caller owner() {
    return new Caller(CUSTOMER_ACCOUNT, Set.of(Role.CUSTOMER), null);
  }

  static Caller otherCustomer() {
    return new Caller("someone-else", Set.of(Role.CUSTOMER), null);
  }

  static Caller admin() {
    return new Caller("admin", Set.of(Role.ADMIN), null);
  }
}
