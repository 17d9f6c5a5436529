package com.ocpizza.order.payment;

import com.ocpizza.order.order.OrderId;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The built-in payment provider: its hosted page is served by this service under {@code
 * /api/payments/simulator/}, and it refunds by handing out a reference. Test cards: 4242 4242 4242
 * 4242 pays; 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 fails for lack of funds, to be
 * retried.
 */
@Component
class SimulatedPaymentProvider implements PaymentProvider {

  private final PaymentSecret secret;

  SimulatedPaymentProvider(PaymentSecret secret) {
    this.secret = secret;
  }

  @Override
  public URI checkout(OrderId orderId, BigDecimal amount) {
    String amountText = amount.toPlainString();
    return URI.create(
        "/api/payments/simulator/"
            + orderId
            + "?amount="
            + amountText
            + "&signature="
            + secret.sign(orderId + "|" + amountText));
  }

  @Override
  public String refund(OrderId orderId, BigDecimal amount) {
    return "sim-refund-" + UUID.randomUUID();
  }

  /** What the simulator does with a card number. */
  static Outcome outcomeOf(String cardNumber) {
    String digits = cardNumber == null ? "" : cardNumber.replaceAll("\\D", "");
    return switch (digits) {
      case "4242424242424242" -> Outcome.PAID;
      case "4000000000009995" -> Outcome.RETRY;
      default -> Outcome.DECLINED;
    };
  }

  /** How a simulated payment ends. */
  enum Outcome {
    PAID,
    DECLINED,
    RETRY
  }
}
