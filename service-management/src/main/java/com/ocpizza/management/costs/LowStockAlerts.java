package com.ocpizza.management.costs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open low-stock alerts, with the stock they last knew. */
@Component
class LowStockAlerts {

  private final JdbcClient jdbc;

  LowStockAlerts(JdbcClient jdbc) {
    this.jdbc = jdbc;
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

  /** Follows the stock of alerted ingredients; an alert closes once back at its threshold. */
  void stockMoved(long pizzeria, long ingredient, BigDecimal quantity) {
    jdbc.sql(
            "UPDATE low_stock_alert SET quantity = quantity + ?"
                + " WHERE pizzeria_id = ? AND ingredient_id = ?")
        .params(quantity, pizzeria, ingredient)
        .update();
    jdbc.sql(
            "DELETE FROM low_stock_alert WHERE pizzeria_id = ? AND ingredient_id = ?"
                + " AND quantity >= threshold")
        .params(pizzeria, ingredient)
        .update();
  }
}
