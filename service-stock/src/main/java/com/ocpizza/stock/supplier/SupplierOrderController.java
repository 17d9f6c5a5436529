package com.ocpizza.stock.supplier;

import com.ocpizza.common.security.Caller;
import com.ocpizza.stock.supplier.SupplierRequests.ReceiptRequest;
import com.ocpizza.stock.supplier.SupplierRequests.SupplierOrderRequest;
import com.ocpizza.stock.supplier.SupplierViews.SupplierOrderView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A pizzeria's supplier orders, for its manager and the head office. */
@RestController
@RequestMapping("/api/stock/pizzerias/{pizzeriaId}/supplier-orders")
class SupplierOrderController {

  private final SupplierService suppliers;

  SupplierOrderController(SupplierService suppliers) {
    this.suppliers = suppliers;
  }

  @GetMapping
  List<SupplierOrderView> orders(@PathVariable long pizzeriaId) {
    return suppliers.orders(pizzeriaId);
  }

  @PostMapping
  ResponseEntity<SupplierOrderView> draft(
      @PathVariable long pizzeriaId,
      @Valid @RequestBody SupplierOrderRequest request,
      Caller caller) {
    SupplierOrderView order = suppliers.draft(pizzeriaId, request, caller.userId());
    return ResponseEntity.created(
            URI.create("/api/stock/pizzerias/" + pizzeriaId + "/supplier-orders/" + order.id()))
        .body(order);
  }

  @GetMapping("/{orderId}")
  SupplierOrderView order(@PathVariable long pizzeriaId, @PathVariable long orderId) {
    return suppliers.orderView(pizzeriaId, orderId);
  }

  @PutMapping("/{orderId}")
  SupplierOrderView changeDraft(
      @PathVariable long pizzeriaId,
      @PathVariable long orderId,
      @Valid @RequestBody SupplierOrderRequest request) {
    return suppliers.changeDraft(pizzeriaId, orderId, request);
  }

  @PostMapping("/{orderId}/send")
  SupplierOrderView send(@PathVariable long pizzeriaId, @PathVariable long orderId) {
    return suppliers.send(pizzeriaId, orderId);
  }

  @PostMapping("/{orderId}/receipts")
  SupplierOrderView receive(
      @PathVariable long pizzeriaId,
      @PathVariable long orderId,
      @Valid @RequestBody ReceiptRequest request,
      Caller caller) {
    return suppliers.receive(pizzeriaId, orderId, request, caller.userId());
  }
}
