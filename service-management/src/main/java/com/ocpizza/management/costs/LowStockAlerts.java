package com.ocpizza.management.costs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open low-stock alerts, with the stock they last knew. */
@Component
class LowStockAlerts {

  private final JdbcClient jdbc;

  LowStockAlerts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An ingredient of a pizzeria. */
  record Ingredient(long pizzeria, long ingredient) {}

  /** The ingredients of these pizzerias that have an open alert. */
  Set<Ingredient> alerted(Collection<Long> pizzerias) {
    if (pizzerias.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql("SELECT pizzeria_id, ingredient_id FROM low_stock_alert WHERE pizzeria_id IN (:p)")
            .param("p", pizzerias)
            .query((rs, n) -> new Ingredient(rs.getLong(1), rs.getLong(2)))
            .list());
  }

  void raise(
      long pizzeria,
      long ingredient,
      String name,
      BigDecimal quantity,
      BigDecimal threshold,
      Instant at) {
    jdbc.sql(
            "INSERT INTO low_stock_alert (pizzeria_id, ingredient_id, ingredient_name, quantity,"
                + " threshold, raised_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " ingredient_name = VALUES(ingredient_name), quantity = VALUES(quantity),"
                + " threshold = VALUES(threshold)")
        .params(
            pizzeria,
            ingredient,
            name,
            quantity,
            threshold,
            LocalDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  /**
   * Follows the stock of alerted ingredients through moves summing to {@code total}, whose running
   * sum peaked at {@code highest}: the alert closes if the stock got back to its threshold at any
   * point of them, as it would have closed after that move; otherwise it learns the new stock.
   */
  void stockMoved(long pizzeria, long ingredient, BigDecimal total, BigDecimal highest) {
    jdbc.sql(
            "DELETE FROM low_stock_alert WHERE pizzeria_id = ? AND ingredient_id = ?"
                + " AND quantity + ? >= threshold")
        .params(pizzeria, ingredient, highest)
        .update();
    jdbc.sql(
            "UPDATE low_stock_alert SET quantity = quantity + ?"
                + " WHERE pizzeria_id = ? AND ingredient_id = ?")
        .params(total, pizzeria, ingredient)
        .update();
  }
}
