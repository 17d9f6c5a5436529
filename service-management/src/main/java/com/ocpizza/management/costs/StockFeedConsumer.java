package com.ocpizza.management.costs;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedEvent;
import com.ocpizza.management.costs.LowStockAlerts.Ingredient;
import com.ocpizza.management.sales.Aggregates;
import com.ocpizza.management.sales.Json;
import com.ocpizza.management.sales.Sales;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Follows the stock feed. Order reservations and releases become the cost of goods of their order;
 * waste and inventory corrections become losses at cost on the day they happened (a surplus found
 * at inventory reduces that day's shrink); {@code LowStock} opens an alert that closes once the
 * stock is back above its threshold.
 *
 * <p>A batch is combined: an order's reservations and releases are summed and move its cost once,
 * and the stock moves of one alerted ingredient move its alert once (closing it if the stock was
 * back at its threshold at any point of the batch); ingredients with no open alert are skipped. A
 * {@code LowStock} event first applies what was summed before it, so the outcome is that of
 * applying the events one by one.
 */
@Component
class StockFeedConsumer implements FeedConsumer {

  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

  /** Scale of the cost columns: each move is rounded as storing it alone would round it. */
  private static final int COST_SCALE = 4;

  /** Scale of an alert's quantity column. */
  private static final int QUANTITY_SCALE = 3;

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
    applyAll(List.of(event));
  }

  @Override
  public void applyAll(List<FeedEvent> events) {
    Pending pending = new Pending();
    for (FeedEvent event : events) {
      JsonNode payload = event.payload();
      switch (event.type()) {
        case "StockMoved" -> moved(payload, event.occurredAt(), pending);
        case "LowStock" -> {
          pending.flush();
          alerts.raise(
              Json.number(payload.path("pizzeriaId")),
              Json.number(payload.path("ingredientId")),
              Json.text(payload.path("ingredientName")),
              Json.decimal(payload.path("quantity")),
              Json.decimal(payload.path("threshold")),
              event.occurredAt());
        }
        default -> {
          // Catalogue changes do not move figures: orders carry their own price snapshots.
        }
      }
    }
    pending.flush();
  }

  private void moved(JsonNode payload, Instant eventTime, Pending pending) {
    long pizzeria = Json.number(payload.path("pizzeriaId"));
    BigDecimal quantity = Json.decimal(payload.path("quantity"));
    BigDecimal value =
        quantity
            .multiply(Json.decimal(payload.path("unitCost")))
            .setScale(COST_SCALE, RoundingMode.HALF_UP);
    Instant at =
        payload.hasNonNull("occurredAt") ? Json.instant(payload.path("occurredAt")) : eventTime;
    LocalDate day = at.atZone(BUSINESS_ZONE).toLocalDate();
    String orderId = Json.text(payload.path("orderId"));
    switch (Json.text(payload.path("reason"))) {
      case "ORDER_RESERVED" -> pending.cost(orderId).add(value.negate(), BigDecimal.ZERO);
      case "ORDER_RELEASED" -> pending.cost(orderId).add(BigDecimal.ZERO, value);
      // Losses only ever add to their day's row: applied at once, they commute with the rest.
      case "WASTE" -> aggregates.addLoss(pizzeria, day, "WASTE", value.negate());
      case "INVENTORY_CORRECTION" ->
          aggregates.addLoss(pizzeria, day, "INVENTORY_SHRINK", value.negate());
      default -> {
        // Supplier deliveries are purchases, not costs of goods sold.
      }
    }
    pending
        .stock(new Ingredient(pizzeria, Json.number(payload.path("ingredientId"))))
        .add(quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP));
  }

  /** An order's reservations and releases summed over the batch so far. */
  private static final class CostMoves {
    BigDecimal reserved = BigDecimal.ZERO;
    BigDecimal released = BigDecimal.ZERO;

    void add(BigDecimal reserved, BigDecimal released) {
      this.reserved = this.reserved.add(reserved);
      this.released = this.released.add(released);
    }
  }

  /**
   * An ingredient's stock moves summed over the batch so far, with the highest running sum: one by
   * one, its alert would have closed as soon as the stock got back to the threshold.
   */
  private static final class StockMoves {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal highest;

    void add(BigDecimal quantity) {
      total = total.add(quantity);
      highest = highest == null ? total : highest.max(total);
    }
  }

  /** What the batch has summed and not yet applied, in the order it was first met. */
  private final class Pending {
    private final Map<String, CostMoves> costs = new LinkedHashMap<>();
    private final Map<Ingredient, StockMoves> stocks = new LinkedHashMap<>();

    CostMoves cost(String orderId) {
      return costs.computeIfAbsent(orderId, id -> new CostMoves());
    }

    StockMoves stock(Ingredient ingredient) {
      return stocks.computeIfAbsent(ingredient, i -> new StockMoves());
    }

    void flush() {
      costs.forEach((orderId, moves) -> sales.costMoved(orderId, moves.reserved, moves.released));
      if (!stocks.isEmpty()) {
        // Most moves are of ingredients with no open alert: they have nothing to follow.
        Set<Ingredient> alerted =
            alerts.alerted(
                stocks.keySet().stream().map(Ingredient::pizzeria).collect(Collectors.toSet()));
        stocks.forEach(
            (at, moves) -> {
              if (alerted.contains(at)) {
                alerts.stockMoved(at.pizzeria(), at.ingredient(), moves.total, moves.highest);
              }
            });
      }
      costs.clear();
      stocks.clear();
    }
  }
}
