package com.ocpizza.management.sales;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Follows the order feed: {@code OrderPlaced}, {@code OrderModified}, {@code OrderStatusChanged}
 * and {@code PaymentRecorded}.
 */
@Component
class OrderFeedConsumer implements FeedConsumer {

  private final Sales sales;

  OrderFeedConsumer(Sales sales) {
    this.sales = sales;
  }

  @Override
  public String source() {
    return "order";
  }

  @Override
  public void apply(FeedEvent event) {
    JsonNode payload = event.payload();
    String orderId = Json.text(payload.path("orderId"));
    switch (event.type()) {
      case "OrderPlaced" -> sales.placed(order(orderId, payload, "RECEIVED"));
      case "OrderModified" -> sales.modified(orderId, OrderContent.from(payload));
      case "OrderStatusChanged" ->
          sales.statusChanged(
              orderId,
              Json.text(payload.path("to")),
              payload.hasNonNull("at") ? Json.instant(payload.path("at")) : event.occurredAt());
      case "PaymentRecorded" -> sales.paymentRecorded(orderId, Json.text(payload.path("status")));
      default -> {
        // Other order events do not move management figures.
      }
    }
  }

  private static SaleOrder order(String orderId, JsonNode payload, String defaultStatus) {
    String status =
        payload.hasNonNull("status") ? Json.text(payload.path("status")) : defaultStatus;
    if ("ONLINE_CARD".equals(Json.text(payload.path("paymentMethod")))
        && !payload.hasNonNull("status")) {
      status = "AWAITING_PAYMENT";
    }
    return new SaleOrder(
        orderId,
        Json.number(payload.path("pizzeriaId")),
        Json.text(payload.path("customerId")),
        Json.text(payload.path("channel")),
        Json.text(payload.path("fulfilment")),
        Json.instant(payload.path("placedAt")),
        status,
        OrderContent.from(payload));
  }
}
