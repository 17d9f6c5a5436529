package com.ocpizza.order.payment;

import com.ocpizza.order.order.OrderId;
import java.math.BigDecimal;
import java.net.URI;

/**
 * A card payment provider with a hosted payment page: the customer is sent to its page, and it
 * reports the outcome through a signed callback. Production plugs a real provider in here.
 */
public interface PaymentProvider {

  /** Where to send the customer to pay this amount for the order. */
  URI checkout(OrderId orderId, java.math.BigDecimal amount);

  /** Gives back an amount taken online for the order; returns the provider's refund reference. */
  String refund(OrderId orderId, BigDecimal amount);
}
