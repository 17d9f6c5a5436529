package com.ocpizza.stock.inventory;

import com.ocpizza.stock.inventory.InventoryViews.MovementPage;
import com.ocpizza.stock.inventory.InventoryViews.MovementView;
import com.ocpizza.stock.inventory.InventoryViews.StockLine;
import com.ocpizza.stock.inventory.InventoryViews.StockView;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stock levels and the movement ledger, one query each. */
@Component
class StockQueries {

  private final JdbcClient jdbc;

  StockQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  StockView stock(long pizzeriaId) {
    List<StockLine> lines =
        jdbc.sql(
                "SELECT i.id, i.name, i.unit, i.unit_cost, s.quantity, s.threshold"
                    + " FROM stock_level s JOIN ingredient i ON i.id = s.ingredient_id"
                    + " WHERE s.pizzeria_id = ? ORDER BY i.name")
            .param(pizzeriaId)
            .query(
                (rs, n) ->
                    new StockLine(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("threshold"),
                        rs.getBigDecimal("quantity").compareTo(rs.getBigDecimal("threshold")) < 0,
                        rs.getBigDecimal("unit_cost")))
            .list();
    int low = (int) lines.stream().filter(StockLine::low).count();
    return new StockView(pizzeriaId, low, lines);
  }

  MovementPage movements(long pizzeriaId, MovementFilter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE m.pizzeria_id = :pizzeria");
    Map<String, Object> params = new HashMap<>();
    params.put("pizzeria", pizzeriaId);
    if (filter.ingredientId() != null) {
      where.append(" AND m.ingredient_id = :ingredient");
      params.put("ingredient", filter.ingredientId());
    }
    if (filter.reason() != null) {
      where.append(" AND m.reason = :reason");
      params.put("reason", filter.reason().name());
    }
    if (filter.from() != null) {
      where.append(" AND m.occurred_at >= :from");
      params.put("from", LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      where.append(" AND m.occurred_at < :to");
      params.put("to", LocalDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM stock_movement m" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<MovementView> items =
        jdbc.sql(
                "SELECT m.id, m.ingredient_id, i.name, i.unit, m.reason, m.quantity, m.unit_cost,"
                    + " m.order_id, m.supplier_order_id, m.actor, m.note, m.occurred_at"
                    + " FROM stock_movement m JOIN ingredient i ON i.id = m.ingredient_id"
                    + where
                    + " ORDER BY m.occurred_at DESC, m.id DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .query((rs, n) -> movement(rs))
            .list();
    return new MovementPage(items, page, size, total);
  }

  void changeThreshold(long pizzeriaId, long ingredientId, BigDecimal threshold) {
    jdbc.sql(
            "INSERT INTO stock_level (pizzeria_id, ingredient_id, quantity, threshold)"
                + " VALUES (?, ?, 0, ?) ON DUPLICATE KEY UPDATE threshold = ?")
        .params(pizzeriaId, ingredientId, threshold, threshold)
        .update();
  }

  private static MovementView movement(ResultSet rs) throws SQLException {
    return new MovementView(
        rs.getLong("id"),
        rs.getLong("ingredient_id"),
        rs.getString("name"),
        rs.getString("unit"),
        MovementReason.valueOf(rs.getString("reason")),
        rs.getBigDecimal("quantity"),
        rs.getBigDecimal("unit_cost"),
        rs.getString("order_id"),
        rs.getObject("supplier_order_id", Long.class),
        rs.getString("actor"),
        rs.getString("note"),
        rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
  }
}
