package com.ocpizza.order.order;

import com.ocpizza.common.security.Caller;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An order's view and the staff's status changes; who may make each is the order's rule. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

  private final OrderService orders;

  OrderController(OrderService orders) {
    this.orders = orders;
  }

  @GetMapping
  List<OrderView> mine(Caller caller) {
    return orders.mine(caller);
  }

  @GetMapping("/{id}")
  OrderView order(@PathVariable String id, Caller caller) {
    return orders.view(OrderId.parse(id), caller);
  }

  @PostMapping("/{id}/start-preparation")
  OrderView startPreparation(@PathVariable String id, Caller caller) {
    return orders.change(OrderId.parse(id), caller, (o, now) -> o.startPreparation(caller, now));
  }

  @PostMapping("/{id}/ready")
  OrderView ready(@PathVariable String id, Caller caller) {
    return orders.change(OrderId.parse(id), caller, (o, now) -> o.markReady(caller, now));
  }

  @PostMapping("/{id}/back-to-queue")
  OrderView backToQueue(
      @PathVariable String id, @Valid @RequestBody ReasonRequest request, Caller caller) {
    return orders.change(
        OrderId.parse(id), caller, (o, now) -> o.sendBackToQueue(caller, request.reason(), now));
  }

  @PostMapping("/{id}/courier")
  OrderView assignCourier(
      @PathVariable String id, @Valid @RequestBody CourierRequest request, Caller caller) {
    return orders.change(
        OrderId.parse(id), caller, (o, now) -> o.assignCourier(caller, request.courierId(), now));
  }

  @PostMapping("/{id}/take")
  OrderView take(@PathVariable String id, Caller caller) {
    return orders.change(OrderId.parse(id), caller, (o, now) -> o.takeDelivery(caller, now));
  }

  @PostMapping("/{id}/out-for-delivery")
  OrderView outForDelivery(@PathVariable String id, Caller caller) {
    return orders.change(OrderId.parse(id), caller, (o, now) -> o.leaveForDelivery(caller, now));
  }

  @PostMapping("/{id}/delivered")
  OrderView delivered(@PathVariable String id, Caller caller) {
    return orders.change(OrderId.parse(id), caller, (o, now) -> o.markDelivered(caller, now));
  }

  @PostMapping("/{id}/collected")
  OrderView collected(@PathVariable String id, Caller caller) {
    return orders.change(OrderId.parse(id), caller, (o, now) -> o.handOver(caller, now));
  }

  @PostMapping("/{id}/incident")
  OrderView incident(
      @PathVariable String id, @Valid @RequestBody ReasonRequest request, Caller caller) {
    return orders.change(
        OrderId.parse(id), caller, (o, now) -> o.reportIncident(caller, request.reason(), now));
  }

  @PostMapping("/{id}/payments")
  OrderView recordPayment(
      @PathVariable String id, @Valid @RequestBody PaymentRequest request, Caller caller) {
    return orders.change(
        OrderId.parse(id),
        caller,
        (o, now) -> o.recordPayment(caller, request.method(), request.amount(), now));
  }
}
