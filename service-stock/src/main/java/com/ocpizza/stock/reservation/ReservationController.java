package com.ocpizza.stock.reservation;

import com.ocpizza.common.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stock reservations for the order service (never routed by the gateway). */
@RestController
@RequestMapping("/internal/reservations")
@Validated
class ReservationController {

  private static final String ORDER_ID = "[A-Za-z0-9_-]{1,64}";

  private final ReservationService reservations;

  ReservationController(ReservationService reservations) {
    this.reservations = reservations;
  }

  @PutMapping("/{orderId}")
  ReservationView reserve(
      @PathVariable @Pattern(regexp = ORDER_ID) String orderId,
      @Valid @RequestBody ReservationRequest request,
      Caller caller) {
    return reservations.reserve(orderId, request, caller.userId());
  }

  @DeleteMapping("/{orderId}")
  ResponseEntity<Void> release(
      @PathVariable @Pattern(regexp = ORDER_ID) String orderId, Caller caller) {
    reservations.release(orderId, caller.userId());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{orderId}")
  ReservationView find(@PathVariable @Pattern(regexp = ORDER_ID) String orderId) {
    return reservations.find(orderId);
  }
}
