package com.ocpizza.client.statistics;

import com.ocpizza.client.customer.CustomerService;
import com.ocpizza.client.statistics.OrderHistory.PastLine;
import com.ocpizza.client.statistics.OrderHistory.PastOrder;
import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Follows the order service's feed into each customer's order history. Reads {@code OrderPlaced}
 * and {@code OrderModified} (orderId, customerId, pizzeriaId, placedAt, totalInclVat, lines with
 * productId, productName, size, count) and {@code OrderStatusChanged} (orderId, to); orders of
 * anonymous counter sales are not kept.
 */
@Component
class OrderFeedConsumer implements FeedConsumer {

  private final CustomerService customers;
  private final OrderHistory history;

  OrderFeedConsumer(CustomerService customers, OrderHistory history) {
    this.customers = customers;
    this.history = history;
  }

  @Override
  public String source() {
    return "order";
  }

  @Override
  public void apply(FeedEvent event) {
    JsonNode order = event.payload();
    String orderId = order.path("orderId").asString();
    switch (event.type()) {
      case "OrderPlaced" -> placed(orderId, order);
      case "OrderModified" -> {
        if (history.exists(orderId)) {
          history.replaceLines(orderId, money(order.path("totalInclVat")), lines(order));
        }
      }
      case "OrderStatusChanged" -> {
        if ("CANCELLED".equals(order.path("to").asString()) && history.exists(orderId)) {
          history.cancel(orderId);
        }
      }
      default -> {
        // Payments and other order events do not change a customer's statistics.
      }
    }
  }

  private void placed(String orderId, JsonNode order) {
    JsonNode customerId = order.get("customerId");
    if (customerId == null || customerId.isNull() || history.exists(orderId)) {
      return;
    }
    customers
        .internalIdOf(customerId.asString())
        .ifPresent(
            id ->
                history.record(
                    id,
                    new PastOrder(
                        orderId,
                        order.path("pizzeriaId").asLong(),
                        money(order.path("totalInclVat")),
                        Instant.parse(order.path("placedAt").asString()),
                        false),
                    lines(order)));
  }

  private static List<PastLine> lines(JsonNode order) {
    List<PastLine> lines = new ArrayList<>();
    for (JsonNode line : order.path("lines")) {
      lines.add(
          new PastLine(
              line.path("productId").asLong(),
              line.path("productName").asString(),
              line.path("size").asString(),
              line.path("count").asInt()));
    }
    return lines;
  }

  private static BigDecimal money(JsonNode value) {
    return new BigDecimal(value.asString("0"));
  }
}
