package com.ocpizza.client.statistics;

import com.ocpizza.client.statistics.CustomerStatistics.Favourite;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orders of each customer as the order feed reported them. Statistics are computed from these
 * rows when asked (one indexed query per customer), so a modification or a cancellation is
 * reflected exactly without counters to keep in step.
 */
@Repository
public class OrderHistory {

  /** A customer's order as kept here: no personal data, so it survives an erasure. */
  public record PastOrder(
      String orderId,
      long pizzeriaId,
      BigDecimal totalInclVat,
      Instant placedAt,
      boolean cancelled) {}

  /** A line of an order: which product, which size, how many. */
  public record PastLine(long productId, String productName, String size, int count) {}

  private final JdbcClient jdbc;

  OrderHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(long customerId, PastOrder order, List<PastLine> lines) {
    jdbc.sql(
            "INSERT INTO customer_order (order_id, customer_id, pizzeria_id, total_incl_vat,"
                + " placed_at, cancelled) VALUES (?, ?, ?, ?, ?, FALSE)")
        .params(
            order.orderId(),
            customerId,
            order.pizzeriaId(),
            order.totalInclVat(),
            Timestamp.from(order.placedAt()))
        .update();
    insertLines(order.orderId(), lines);
  }

  boolean exists(String orderId) {
    return jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE order_id = ?")
            .param(orderId)
            .query(Integer.class)
            .single()
        > 0;
  }

  void replaceLines(String orderId, BigDecimal totalInclVat, List<PastLine> lines) {
    jdbc.sql("UPDATE customer_order SET total_incl_vat = ? WHERE order_id = ?")
        .params(totalInclVat, orderId)
        .update();
    jdbc.sql("DELETE FROM customer_order_line WHERE order_id = ?").param(orderId).update();
    insertLines(orderId, lines);
  }

  void cancel(String orderId) {
    jdbc.sql("UPDATE customer_order SET cancelled = TRUE WHERE order_id = ?")
        .param(orderId)
        .update();
  }

  /** The statistics of one customer, from their orders that were not cancelled. */
  public CustomerStatistics statistics(long customerId, String customerPublicId) {
    record Totals(int count, BigDecimal total, Timestamp last) {}
    Totals totals =
        jdbc.sql(
                "SELECT COUNT(*) AS n, COALESCE(SUM(total_incl_vat), 0) AS total,"
                    + " MAX(placed_at) AS last FROM customer_order"
                    + " WHERE customer_id = ? AND cancelled = FALSE")
            .param(customerId)
            .query(
                (rs, row) ->
                    new Totals(rs.getInt("n"), rs.getBigDecimal("total"), rs.getTimestamp("last")))
            .single();
    List<Favourite> favourites =
        jdbc.sql(
                "SELECT l.product_id, l.product_name, l.size, SUM(l.item_count) AS n"
                    + " FROM customer_order_line l JOIN customer_order o ON o.order_id = l.order_id"
                    + " WHERE o.customer_id = ? AND o.cancelled = FALSE"
                    + " GROUP BY l.product_id, l.product_name, l.size"
                    + " ORDER BY n DESC, l.product_name LIMIT 3")
            .param(customerId)
            .query(
                (rs, row) ->
                    new Favourite(
                        rs.getLong("product_id"),
                        rs.getString("product_name"),
                        rs.getString("size"),
                        rs.getInt("n")))
            .list();
    return new CustomerStatistics(
        customerPublicId,
        totals.count(),
        totals.total(),
        totals.last() == null ? null : totals.last().toInstant(),
        favourites);
  }

  /** Every order of a customer, newest first; for their data export. */
  public List<PastOrder> ordersOf(long customerId) {
    return jdbc.sql(
            "SELECT order_id, pizzeria_id, total_incl_vat, placed_at, cancelled"
                + " FROM customer_order WHERE customer_id = ? ORDER BY placed_at DESC")
        .param(customerId)
        .query(
            (rs, row) ->
                new PastOrder(
                    rs.getString("order_id"),
                    rs.getLong("pizzeria_id"),
                    rs.getBigDecimal("total_incl_vat"),
                    rs.getTimestamp("placed_at").toInstant(),
                    rs.getBoolean("cancelled")))
        .list();
  }

  private void insertLines(String orderId, List<PastLine> lines) {
    for (PastLine line : lines) {
      jdbc.sql(
              "INSERT INTO customer_order_line (order_id, product_id, product_name, size,"
                  + " item_count) VALUES (?, ?, ?, ?, ?)")
          .params(orderId, line.productId(), line.productName(), line.size(), line.count())
          .update();
    }
  }
}
