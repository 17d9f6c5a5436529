package com.ocpizza.stock.inventory;

import com.ocpizza.common.feed.Outbox;
import com.ocpizza.stock.inventory.InsufficientStockException.MissingIngredient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of stock levels. Every change is a conditional update in ingredient-id order (so
 * stock can never go negative and two writers can never deadlock), recorded as a movement at the
 * unit cost of the moment and published on the feed in the caller's transaction. Lock order, which
 * every stock-changing transaction follows: the stock rows in ingredient-id order, then the
 * pizzeria's stock version, then (receipts only) ingredient rows.
 */
@Component
public class StockKeeper {

  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final Clock clock;

  StockKeeper(JdbcClient jdbc, Outbox outbox, Clock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Applies every change or none: if any ingredient would go below zero, nothing is applied and the
   * shortage names every ingredient that fell short.
   *
   * @return the movements recorded, in ingredient-id order
   * @throws InsufficientStockException when the stock cannot cover a change that takes some out
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<StockMoved> apply(long pizzeriaId, List<StockChange> changes, MovementOrigin origin) {
    if (changes.isEmpty()) {
      return List.of();
    }
    List<StockChange> ordered =
        changes.stream().sorted(Comparator.comparingLong(StockChange::ingredientId)).toList();
    List<Long> ids = ordered.stream().map(StockChange::ingredientId).distinct().toList();
    if (ids.size() != ordered.size()) {
      throw new IllegalArgumentException("One change per ingredient: " + changes);
    }
    Map<Long, IngredientRow> ingredients = ingredients(ids);
    List<MissingIngredient> missing = new ArrayList<>();
    for (StockChange change : ordered) {
      if (!move(pizzeriaId, change)) {
        IngredientRow ingredient = ingredients.get(change.ingredientId());
        missing.add(
            new MissingIngredient(
                change.ingredientId(),
                ingredient == null ? "ingredient " + change.ingredientId() : ingredient.name()));
      }
    }
    if (!missing.isEmpty()) {
      throw new InsufficientStockException(missing);
    }
    Map<Long, Level> after = levels(pizzeriaId, ids);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<StockMoved> moved = new ArrayList<>();
    for (StockChange change : ordered) {
      IngredientRow ingredient = ingredients.get(change.ingredientId());
      BigDecimal unitCost = Objects.requireNonNullElse(change.unitCost(), ingredient.unitCost());
      long id = record(pizzeriaId, change, unitCost, origin, now);
      StockMoved event =
          new StockMoved(
              id,
              pizzeriaId,
              change.ingredientId(),
              ingredient.name(),
              ingredient.unit(),
              change.quantity(),
              unitCost,
              change.reason(),
              origin.orderId(),
              origin.actor(),
              now);
      outbox.append(StockMoved.TYPE, String.valueOf(pizzeriaId), event);
      moved.add(event);
      Level level = after.get(change.ingredientId());
      if (level.crossedDownBy(change.quantity())) {
        outbox.append(
            LowStock.TYPE,
            String.valueOf(pizzeriaId),
            new LowStock(
                pizzeriaId,
                change.ingredientId(),
                ingredient.name(),
                level.quantity(),
                level.threshold()));
      }
    }
    jdbc.sql("UPDATE stock_version SET version = version + 1 WHERE pizzeria_id = ?")
        .param(pizzeriaId)
        .update();
    return moved;
  }

  /**
   * Sets the stock of each ingredient to what was counted, recording the differences as
   * corrections.
   *
   * @return for each ingredient counted, in id order, the stock it had before
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<Long, BigDecimal> count(
      long pizzeriaId, Map<Long, BigDecimal> counted, MovementOrigin origin) {
    Map<Long, BigDecimal> before = new LinkedHashMap<>();
    List<StockChange> corrections = new ArrayList<>();
    counted.keySet().stream()
        .sorted()
        .forEach(
            ingredientId -> {
              BigDecimal current =
                  jdbc.sql(
                          "SELECT quantity FROM stock_level"
                              + " WHERE pizzeria_id = ? AND ingredient_id = ? FOR UPDATE")
                      .params(pizzeriaId, ingredientId)
                      .query(BigDecimal.class)
                      .optional()
                      .orElse(BigDecimal.ZERO);
              before.put(ingredientId, current);
              BigDecimal difference = counted.get(ingredientId).subtract(current);
              if (difference.signum() != 0) {
                corrections.add(
                    StockChange.of(ingredientId, difference, MovementReason.INVENTORY_CORRECTION));
              }
            });
    apply(pizzeriaId, corrections, origin);
    return before;
  }

  /** The whole chain's stock of an ingredient, as last committed plus this transaction's moves. */
  @Transactional(propagation = Propagation.MANDATORY)
  public BigDecimal chainStock(long ingredientId) {
    return jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM stock_level WHERE ingredient_id = ?")
        .param(ingredientId)
        .query(BigDecimal.class)
        .single();
  }

  /** Moves one stock row; false when taking more than there is. */
  private boolean move(long pizzeriaId, StockChange change) {
    BigDecimal quantity = change.quantity();
    if (quantity.signum() < 0) {
      BigDecimal taken = quantity.negate();
      return jdbc.sql(
                  "UPDATE stock_level SET quantity = quantity - ?"
                      + " WHERE pizzeria_id = ? AND ingredient_id = ? AND quantity >= ?")
              .params(taken, pizzeriaId, change.ingredientId(), taken)
              .update()
          == 1;
    }
    int updated =
        jdbc.sql(
                "UPDATE stock_level SET quantity = quantity + ?"
                    + " WHERE pizzeria_id = ? AND ingredient_id = ?")
            .params(quantity, pizzeriaId, change.ingredientId())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO stock_level (pizzeria_id, ingredient_id, quantity, threshold)"
                  + " VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE quantity = quantity + ?")
          .params(pizzeriaId, change.ingredientId(), quantity, quantity)
          .update();
    }
    return true;
  }

  private long record(
      long pizzeriaId,
      StockChange change,
      BigDecimal unitCost,
      MovementOrigin origin,
      Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO stock_movement (pizzeria_id, ingredient_id, reason, quantity, unit_cost,"
                + " order_id, supplier_order_id, actor, note, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            pizzeriaId,
            change.ingredientId(),
            change.reason().name(),
            change.quantity(),
            unitCost,
            origin.orderId(),
            origin.supplierOrderId(),
            origin.actor(),
            change.note(),
            LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .update(key);
    return Objects.requireNonNull(key.getKey()).longValue();
  }

  private Map<Long, IngredientRow> ingredients(List<Long> ids) {
    Map<Long, IngredientRow> rows = new HashMap<>();
    jdbc.sql("SELECT id, name, unit, unit_cost FROM ingredient WHERE id IN (:ids)")
        .param("ids", ids)
        .query(
            (rs, n) ->
                new IngredientRow(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("unit"),
                    rs.getBigDecimal("unit_cost")))
        .list()
        .forEach(row -> rows.put(row.id(), row));
    return rows;
  }

  private Map<Long, Level> levels(long pizzeriaId, List<Long> ids) {
    Map<Long, Level> levels = new HashMap<>();
    jdbc.sql(
            "SELECT ingredient_id, quantity, threshold FROM stock_level"
                + " WHERE pizzeria_id = :pizzeria AND ingredient_id IN (:ids)")
        .param("pizzeria", pizzeriaId)
        .param("ids", ids)
        .query(
            rs -> {
              levels.put(
                  rs.getLong("ingredient_id"),
                  new Level(rs.getBigDecimal("quantity"), rs.getBigDecimal("threshold")));
            });
    return levels;
  }

  private record IngredientRow(long id, String name, String unit, BigDecimal unitCost) {}

  /** A stock level after a movement. */
  record Level(BigDecimal quantity, BigDecimal threshold) {

    /** Whether the movement took the stock from at or above the threshold to below it. */
    boolean crossedDownBy(BigDecimal movement) {
      BigDecimal before = quantity.subtract(movement);
      return movement.signum() < 0
          && before.compareTo(threshold) >= 0
          && quantity.compareTo(threshold) < 0;
    }
  }
}
