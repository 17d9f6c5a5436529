package com.ocpizza.order.placement;

import com.ocpizza.common.security.Caller;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Placing, modifying and cancelling orders. */
@RestController
class PlacementController {

  private final OrderPlacement placement;
  private final OrderChanges changes;

  PlacementController(OrderPlacement placement, OrderChanges changes) {
    this.placement = placement;
    this.changes = changes;
  }

  /** Answers the stored JSON, so that a replayed key gets exactly the first answer. */
  @Operation(
      summary = "Place an order",
      description =
          "WEB orders by the customer (Idempotency-Key required), PHONE and COUNTER orders by the"
              + " pizzeria's counter or manager. Prices come from the catalogue; the stock is"
              + " reserved before the answer. The same key with the same body answers the first"
              + " answer again; with another body, 422.")
  @ApiResponse(
      responseCode = "201",
      description = "Placed: RECEIVED, or AWAITING_PAYMENT for an online card payment",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @ApiResponse(responseCode = "400", description = "Invalid order (field errors)")
  @ApiResponse(responseCode = "403", description = "Not allowed to place this kind of order here")
  @ApiResponse(
      responseCode = "409",
      description = "Pizzeria closed, or not enough stock (insufficient-stock names the products)")
  @ApiResponse(
      responseCode = "422",
      description = "Product not on the menu, address outside the area, key reused")
  @ApiResponse(responseCode = "503", description = "The stock service does not answer")
  @PostMapping("/api/orders")
  ResponseEntity<String> place(
      @Valid @RequestBody PlaceOrderRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Caller caller) {
    PlacementSteps.Answer answer = placement.place(request, idempotencyKey, caller);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(answer.status())
            .contentType(
                answer.status() >= 400
                    ? MediaType.APPLICATION_PROBLEM_JSON
                    : MediaType.APPLICATION_JSON);
    if (answer.status() == 201) {
      response.location(URI.create("/api/orders/" + answer.orderId()));
    }
    return response.body(answer.body());
  }

  @PutMapping("/api/orders/{id}")
  OrderView modify(
      @PathVariable String id, @Valid @RequestBody ModifyOrderRequest request, Caller caller) {
    return changes.modify(OrderId.parse(id), request, caller);
  }

  @PostMapping("/api/orders/{id}/cancel")
  OrderView cancel(
      @PathVariable String id,
      @Valid @RequestBody(required = false) CancelRequest request,
      Caller caller) {
    return changes.cancel(OrderId.parse(id), request == null ? null : request.reason(), caller);
  }
}
