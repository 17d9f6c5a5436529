package com.ocpizza.order.order;

import com.ocpizza.common.feed.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the events an order registers into the outbox when the repository saves it, inside the
 * same transaction, so the feed tells exactly what was committed.
 */
@Component
class OutboxPublisher {

  private final Outbox outbox;

  OutboxPublisher(Outbox outbox) {
    this.outbox = outbox;
  }

  @EventListener
  void on(OrderEvents.OrderPlaced event) {
    outbox.append("OrderPlaced", event.orderId(), event);
  }

  @EventListener
  void on(OrderEvents.OrderModified event) {
    outbox.append("OrderModified", event.orderId(), event);
  }

  @EventListener
  void on(OrderEvents.OrderStatusChanged event) {
    outbox.append("OrderStatusChanged", event.orderId(), event);
  }

  @EventListener
  void on(OrderEvents.PaymentRecorded event) {
    outbox.append("PaymentRecorded", event.orderId(), event);
  }
}
