package com.ocpizza.management.sales;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores the orders management follows, and their costs from the stock feed. */
@Repository
class SaleOrders {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  SaleOrders(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<SaleOrder> find(String orderId) {
    return jdbc.sql("SELECT * FROM sale_order WHERE order_id = ? FOR UPDATE")
        .param(orderId)
        .query((rs, n) -> map(rs))
        .optional();
  }

  void insert(SaleOrder order) {
    jdbc.sql(
            "INSERT INTO sale_order (order_id, number, pizzeria_id, customer_id, customer_name,"
                + " delivery_address, channel, fulfilment, placed_at, business_date, business_hour,"
                + " status, payment_method, paid, prepared, content, received_at,"
                + " preparation_started_at, ready_at, left_at, finished_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            order.orderId,
            order.content().number(),
            order.pizzeriaId,
            order.customerId,
            order.content().customerName(),
            order.content().deliveryAddress(),
            order.channel,
            order.fulfilment,
            utc(order.placedAt),
            order.businessDate(),
            order.businessHour(),
            order.status(),
            order.content().paymentMethod(),
            order.paid(),
            order.prepared(),
            json.writeValueAsString(order.content()),
            utc(order.receivedAt()),
            utc(order.preparationStartedAt()),
            utc(order.readyAt()),
            utc(order.leftAt()),
            utc(order.finishedAt()))
        .update();
  }

  void update(SaleOrder order) {
    jdbc.sql(
            "UPDATE sale_order SET number = ?, customer_name = ?, delivery_address = ?,"
                + " status = ?, payment_method = ?, paid = ?, prepared = ?, content = ?,"
                + " received_at = ?, preparation_started_at = ?, ready_at = ?, left_at = ?,"
                + " finished_at = ? WHERE order_id = ?")
        .params(
            order.content().number(),
            order.content().customerName(),
            order.content().deliveryAddress(),
            order.status(),
            order.content().paymentMethod(),
            order.paid(),
            order.prepared(),
            json.writeValueAsString(order.content()),
            utc(order.receivedAt()),
            utc(order.preparationStartedAt()),
            utc(order.readyAt()),
            utc(order.leftAt()),
            utc(order.finishedAt()),
            order.orderId)
        .update();
  }

  /** The order ids of a customer, for erasure. */
  java.util.List<String> idsOfCustomer(String customerId) {
    return jdbc.sql("SELECT order_id FROM sale_order WHERE customer_id = ?")
        .param(customerId)
        .query(String.class)
        .list();
  }

  OrderCost cost(String orderId) {
    return jdbc.sql(
            "SELECT reserved_cost, released_cost FROM order_cost WHERE order_id = ? FOR UPDATE")
        .param(orderId)
        .query((rs, n) -> new OrderCost(rs.getBigDecimal(1), rs.getBigDecimal(2)))
        .optional()
        .orElse(OrderCost.NONE);
  }

  void addCost(String orderId, BigDecimal reserved, BigDecimal released) {
    jdbc.sql(
            "INSERT INTO order_cost (order_id, reserved_cost, released_cost) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE reserved_cost = reserved_cost + VALUES(reserved_cost),"
                + " released_cost = released_cost + VALUES(released_cost)")
        .params(orderId, reserved, released)
        .update();
  }

  private SaleOrder map(ResultSet rs) throws SQLException {
    SaleOrder order =
        new SaleOrder(
            rs.getString("order_id"),
            rs.getLong("pizzeria_id"),
            rs.getString("customer_id"),
            rs.getString("channel"),
            rs.getString("fulfilment"),
            instant(rs, "placed_at"),
            rs.getString("status"),
            json.readValue(rs.getString("content"), OrderContent.class));
    return SaleOrder.restore(
        order,
        rs.getBoolean("paid"),
        rs.getBoolean("prepared"),
        instant(rs, "received_at"),
        instant(rs, "preparation_started_at"),
        instant(rs, "ready_at"),
        instant(rs, "left_at"),
        instant(rs, "finished_at"));
  }

  static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
