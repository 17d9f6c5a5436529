package com.ocpizza.management.costs;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedEvent;
import com.ocpizza.management.sales.Aggregates;
import com.ocpizza.management.sales.Json;
import com.ocpizza.management.sales.Sales;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Follows the stock feed. Order reservations and releases become the cost of goods of their order;
 * waste and inventory corrections become losses at cost on the day they happened (a surplus found
 * at inventory reduces that day's shrink); {@code LowStock} opens an alert that closes once the
 * stock is back above its threshold.
 */
@Component
class StockFeedConsumer implements FeedConsumer {

  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

  private final Sales sales;
  private final Aggregates aggregates;
  private final LowStockAlerts alerts;

  StockFeedConsumer(Sales sales, Aggregates aggregates, LowStockAlerts alerts) {
    this.sales = sales;
    this.aggregates = aggregates;
    this.alerts = alerts;
  }

  @Override
  public String source() {
    return "stock";
  }

  @Override
  public void apply(FeedEvent event) {
    JsonNode payload = event.payload();
    switch (event.type()) {
      case "StockMoved" -> moved(payload, event.occurredAt());
      case "LowStock" ->
          alerts.raise(
              Json.number(payload.path("pizzeriaId")),
              Json.number(payload.path("ingredientId")),
              Json.text(payload.path("ingredientName")),
              Json.decimal(payload.path("quantity")),
              Json.decimal(payload.path("threshold")),
              event.occurredAt());
      default -> {
        // Catalogue changes do not move figures: orders carry their own price snapshots.
      }
    }
  }

  private void moved(JsonNode payload, Instant eventTime) {
    long pizzeria = Json.number(payload.path("pizzeriaId"));
    BigDecimal quantity = Json.decimal(payload.path("quantity"));
    BigDecimal value = quantity.multiply(Json.decimal(payload.path("unitCost")));
    Instant at =
        payload.hasNonNull("occurredAt") ? Json.instant(payload.path("occurredAt")) : eventTime;
    LocalDate day = at.atZone(BUSINESS_ZONE).toLocalDate();
    String orderId = Json.text(payload.path("orderId"));
    switch (Json.text(payload.path("reason"))) {
      case "ORDER_RESERVED" -> sales.costMoved(orderId, value.negate(), BigDecimal.ZERO);
      case "ORDER_RELEASED" -> sales.costMoved(orderId, BigDecimal.ZERO, value);
      case "WASTE" -> aggregates.addLoss(pizzeria, day, "WASTE", value.negate());
      case "INVENTORY_CORRECTION" ->
          aggregates.addLoss(pizzeria, day, "INVENTORY_SHRINK", value.negate());
      default -> {
        // Supplier deliveries are purchases, not costs of goods sold.
      }
    }
    alerts.stockMoved(pizzeria, Json.number(payload.path("ingredientId")), quantity);
  }
}
