package com.ocpizza.stock.reservation;

import com.ocpizza.stock.catalogue.Size;
import com.ocpizza.stock.catalogue.VatRate;
import com.ocpizza.stock.reservation.Reservation.ReservedLine;
import com.ocpizza.stock.reservation.Reservation.Status;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores reservations. {@link #lock} is the first lock a reservation transaction takes, so
 * concurrent calls for one order run one after the other, holding nothing else while they wait.
 */
@Component
class Reservations {

  private final JdbcClient jdbc;
  private final Clock clock;

  Reservations(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The order's reservation, locked for this transaction; a NEW one (that disappears if the
   * transaction rolls back) when the order has none. Insert-or-lock in one statement: unlike
   * select-then-insert, concurrent first calls cannot deadlock on the missing row.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Reservation lock(String orderId) {
    LocalDateTime now = now();
    jdbc.sql(
            "INSERT INTO reservation (order_id, pizzeria_id, status, cost_of_goods, created_at,"
                + " updated_at) VALUES (?, NULL, 'NEW', 0, ?, ?)"
                + " ON DUPLICATE KEY UPDATE order_id = order_id")
        .params(orderId, now, now)
        .update();
    return find(orderId).orElseThrow();
  }

  Optional<Reservation> find(String orderId) {
    return jdbc.sql("SELECT pizzeria_id, status FROM reservation WHERE order_id = ?")
        .param(orderId)
        .query(
            (rs, n) ->
                new Reservation(
                    orderId,
                    rs.getObject("pizzeria_id", Long.class),
                    Status.valueOf(rs.getString("status")),
                    lines(orderId),
                    holdings(orderId)))
        .optional();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void save(Reservation reservation) {
    String orderId = reservation.orderId();
    jdbc.sql(
            "UPDATE reservation SET pizzeria_id = ?, status = ?, cost_of_goods = ?, updated_at = ?"
                + " WHERE order_id = ?")
        .params(
            reservation.pizzeriaId(),
            reservation.status().name(),
            reservation.costOfGoods(),
            now(),
            orderId)
        .update();
    jdbc.sql("DELETE FROM reservation_line WHERE order_id = ?").param(orderId).update();
    List<ReservedLine> lines = reservation.lines();
    for (int i = 0; i < lines.size(); i++) {
      ReservedLine line = lines.get(i);
      jdbc.sql(
              "INSERT INTO reservation_line (order_id, line_no, product_id, size, item_count,"
                  + " product_name, unit_price_excl_vat, vat_rate, cost_of_goods)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              orderId,
              i + 1,
              line.productId(),
              line.size().name(),
              line.count(),
              line.name(),
              line.unitPriceExclVat(),
              line.vatRate().percent(),
              line.costOfGoods())
          .update();
    }
    jdbc.sql("DELETE FROM reservation_holding WHERE order_id = ?").param(orderId).update();
    reservation
        .holdings()
        .forEach(
            (ingredient, quantity) ->
                jdbc.sql(
                        "INSERT INTO reservation_holding (order_id, ingredient_id, quantity)"
                            + " VALUES (?, ?, ?)")
                    .params(orderId, ingredient, quantity)
                    .update());
  }

  private List<ReservedLine> lines(String orderId) {
    return jdbc.sql(
            "SELECT product_id, size, item_count, product_name, unit_price_excl_vat, vat_rate,"
                + " cost_of_goods FROM reservation_line WHERE order_id = ? ORDER BY line_no")
        .param(orderId)
        .query(
            (rs, n) ->
                new ReservedLine(
                    rs.getLong("product_id"),
                    Size.valueOf(rs.getString("size")),
                    rs.getInt("item_count"),
                    rs.getString("product_name"),
                    rs.getBigDecimal("unit_price_excl_vat"),
                    VatRate.ofPercent(rs.getBigDecimal("vat_rate")).orElseThrow(),
                    rs.getBigDecimal("cost_of_goods")))
        .list();
  }

  private Map<Long, BigDecimal> holdings(String orderId) {
    Map<Long, BigDecimal> holdings = new TreeMap<>();
    jdbc.sql("SELECT ingredient_id, quantity FROM reservation_holding WHERE order_id = ?")
        .param(orderId)
        .query(
            rs -> {
              holdings.put(rs.getLong("ingredient_id"), rs.getBigDecimal("quantity"));
            });
    return holdings;
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
