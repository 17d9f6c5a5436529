package com.ocpizza.order.placement;

import com.ocpizza.common.security.Caller;
import com.ocpizza.order.order.DeliveryAddress;
import com.ocpizza.order.order.Fulfilment;
import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderLine;
import com.ocpizza.order.order.OrderService;
import com.ocpizza.order.order.OrderStatus;
import com.ocpizza.order.order.OrderView;
import com.ocpizza.order.stock.Menu;
import com.ocpizza.order.stock.Pizzeria;
import com.ocpizza.order.stock.StockClient;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Modifies and cancels orders before preparation. A modification replaces the reservation in one
 * call before the order changes (a shortage changes nothing); if the order moved on meanwhile, the
 * old lines are reserved again. A cancellation commits first; its reservation is then released, and
 * the release job retries if the stock service is down.
 */
@Service
class OrderChanges {

  private final OrderService orders;
  private final StockClient stock;
  private final CustomerDirectory customers;
  private final Refunds refunds;
  private final Releases releases;

  OrderChanges(
      OrderService orders,
      StockClient stock,
      CustomerDirectory customers,
      Refunds refunds,
      Releases releases) {
    this.orders = orders;
    this.stock = stock;
    this.customers = customers;
    this.refunds = refunds;
    this.releases = releases;
  }

  OrderView modify(OrderId id, ModifyOrderRequest request, Caller caller) {
    Order before = orders.visible(id, caller);
    if (!OrderStatus.CHANGEABLE.contains(before.status())) {
      // Let the aggregate say why, before any remote call.
      return orders.change(
          id, caller, (o, now) -> o.modify(caller, o.lines(), null, o.deliveryFee(), now));
    }
    Pizzeria pizzeria = stock.pizzeria(before.pizzeriaId());
    Menu menu = stock.menu(before.pizzeriaId());
    List<OrderLine> lines = Pricing.price(menu, request.lines());
    DeliveryAddress address = null;
    if (before.fulfilment() == Fulfilment.DELIVERY
        && (request.addressId() != null || request.address() != null)) {
      address =
          Addresses.resolve(customers, before.customer(), request.addressId(), request.address());
      if (!pizzeria.deliversTo(address.postcode())) {
        throw new UnprocessableOrderException(
            "This pizzeria does not deliver to " + address.postcode() + ".");
      }
    }
    BigDecimal fee =
        pizzeria.deliveryArea() == null ? BigDecimal.ZERO : pizzeria.deliveryArea().fee();
    stock.reserve(id, before.pizzeriaId(), Pricing.reservation(lines));
    DeliveryAddress newAddress = address;
    try {
      orders.change(id, caller, (o, now) -> o.modify(caller, lines, newAddress, fee, now));
    } catch (RuntimeException e) {
      stock.reserve(id, before.pizzeriaId(), Pricing.reservation(before.lines()));
      throw e;
    }
    refunds.refundExcess(id);
    return orders.view(id, caller);
  }

  OrderView cancel(OrderId id, String reason, Caller caller) {
    orders.change(id, caller, (o, now) -> o.cancel(caller, reason, now));
    refunds.refundExcess(id);
    releases.releaseQuietly(id);
    return orders.view(id, caller);
  }
}
