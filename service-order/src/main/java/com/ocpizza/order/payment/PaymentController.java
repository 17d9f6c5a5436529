package com.ocpizza.order.payment;

import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import com.ocpizza.common.security.Caller;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderService;
import com.ocpizza.order.order.OrderView;
import com.ocpizza.order.order.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Online payment: the customer starts a checkout and is sent to the simulator's hosted page, which
 * redirects back to a callback signed with HMAC-SHA256; only a valid signature changes the order.
 */
@RestController
class PaymentController {

  record Checkout(URI redirectUrl) {}

  record PayLaterRequest(@NotNull PaymentMethod method) {}

  record CallbackResult(String orderId, String outcome) {}

  /** Where the web front shows an order, on the same host as this callback. */
  private static final String FRONT_ORDER_PAGE = "/app/orders/{orderId}";

  private final OnlinePayments payments;
  private final OrderService orders;
  private final PaymentSecret secret;

  PaymentController(OnlinePayments payments, OrderService orders, PaymentSecret secret) {
    this.payments = payments;
    this.orders = orders;
    this.secret = secret;
  }

  @PostMapping("/api/orders/{id}/payment")
  Checkout checkout(@PathVariable String id, Caller caller) {
    return new Checkout(payments.checkout(OrderId.parse(id), caller));
  }

  @PostMapping("/api/orders/{id}/pay-later")
  OrderView payLater(
      @PathVariable String id, @Valid @RequestBody PayLaterRequest request, Caller caller) {
    payments.payLater(OrderId.parse(id), request.method(), caller);
    return orders.view(OrderId.parse(id), caller);
  }

  /** The simulator's hosted page: a card form for the amount the checkout signed. */
  @GetMapping(path = "/api/payments/simulator/{orderId}", produces = MediaType.TEXT_HTML_VALUE)
  String page(
      @PathVariable String orderId, @RequestParam String amount, @RequestParam String signature) {
    requireSigned(orderId + "|" + amount, signature);
    String order = HtmlUtils.htmlEscape(orderId);
    String sum = HtmlUtils.htmlEscape(amount);
    return """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Payment</title></head>
        <body><h1>OC Pizza — pay %s €</h1>
        <form method="post" action="/api/payments/simulator/%s">
        <input type="hidden" name="amount" value="%s"><input type="hidden" name="signature" value="%s">
        <label>Card number <input name="card" autocomplete="cc-number"></label>
        <button type="submit">Pay</button></form>
        <p>Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined,
        4000 0000 0000 9995 fails (retry).</p></body></html>
        """
        .formatted(sum, order, sum, HtmlUtils.htmlEscape(signature));
  }

  /** The card is "charged" and the browser sent back to the signed callback. */
  @PostMapping(
      path = "/api/payments/simulator/{orderId}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Void> pay(
      @PathVariable String orderId,
      @RequestParam String amount,
      @RequestParam String signature,
      @RequestParam(required = false) String card) {
    requireSigned(orderId + "|" + amount, signature);
    SimulatedPaymentProvider.Outcome outcome = SimulatedPaymentProvider.outcomeOf(card);
    String reference = "sim-" + UUID.randomUUID();
    String message = callbackMessage(orderId, outcome.name(), reference);
    URI callback =
        URI.create(
            "/api/payments/callback?orderId=%s&outcome=%s&reference=%s&signature=%s"
                .formatted(orderId, outcome, reference, secret.sign(message)));
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(callback).build();
  }

  /**
   * The provider's signed return: applied once verified, refused otherwise. A browser coming back
   * from the payment page is sent on to its order's page in the web front, which shows the outcome;
   * any other client gets the outcome as JSON.
   */
  @GetMapping("/api/payments/callback")
  ResponseEntity<CallbackResult> callback(
      @RequestParam String orderId,
      @RequestParam String outcome,
      @RequestParam String reference,
      @RequestParam String signature,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    requireSigned(callbackMessage(orderId, outcome, reference), signature);
    payments.outcome(
        OrderId.parse(orderId), SimulatedPaymentProvider.Outcome.valueOf(outcome), reference);
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      URI orderPage =
          UriComponentsBuilder.fromPath(FRONT_ORDER_PAGE)
              .queryParam("payment", outcome)
              .buildAndExpand(orderId)
              .toUri();
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(orderPage).build();
    }
    return ResponseEntity.ok(new CallbackResult(orderId, outcome));
  }

  static String callbackMessage(String orderId, String outcome, String reference) {
    return orderId + "|" + outcome + "|" + reference;
  }

  private void requireSigned(String message, String signature) {
    if (!secret.verify(message, signature)) {
      throw new BadSignatureException();
    }
  }

  /** A payment message not signed by the provider: answered 400 and ignored. */
  static class BadSignatureException extends ProblemException {
    private static final long serialVersionUID = 1L;

    BadSignatureException() {
      super(
          HttpStatus.BAD_REQUEST,
          ProblemTypes.type("bad-signature"),
          "This payment message is not signed by the payment provider.",
          Map.of());
    }
  }
}
