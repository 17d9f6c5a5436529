package com.ocpizza.management.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregate tables the dashboards read: every feed effect is an increment (or a decrement) of a
 * few rows keyed by day, pizzeria and dimension, so answers stay fast whatever the history.
 */
@Component
public class Aggregates {

  private static final int COST_SCALE = 4;
  private final JdbcClient jdbc;

  Aggregates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds (sign 1) or takes back (sign -1) everything an order contributes: sales, VAT, cost of
   * goods spread over its lines in proportion to their price, or its loss when it was lost.
   */
  void contribute(SaleOrder order, OrderCost cost, int sign) {
    LocalDate date = order.businessDate();
    long pizzeria = order.pizzeriaId;
    BigDecimal s = BigDecimal.valueOf(sign);
    if (order.sold()) {
      OrderContent content = order.content();
      BigDecimal net = cost.net();
      jdbc.sql(
              "INSERT INTO daily_sales (pizzeria_id, business_date, orders, revenue_excl_vat, vat,"
                  + " revenue_incl_vat, cost_of_goods) VALUES (?, ?, ?, ?, ?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE orders = orders + VALUES(orders),"
                  + " revenue_excl_vat = revenue_excl_vat + VALUES(revenue_excl_vat),"
                  + " vat = vat + VALUES(vat),"
                  + " revenue_incl_vat = revenue_incl_vat + VALUES(revenue_incl_vat),"
                  + " cost_of_goods = cost_of_goods + VALUES(cost_of_goods)")
          .params(
              pizzeria,
              date,
              sign,
              s.multiply(content.totalExclVat()),
              s.multiply(content.vat()),
              s.multiply(content.totalInclVat()),
              s.multiply(net))
          .update();
      jdbc.sql(
              "INSERT INTO hourly_sales (pizzeria_id, business_date, business_hour, channel,"
                  + " orders, revenue_excl_vat) VALUES (?, ?, ?, ?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE orders = orders + VALUES(orders),"
                  + " revenue_excl_vat = revenue_excl_vat + VALUES(revenue_excl_vat)")
          .params(
              pizzeria,
              date,
              order.businessHour(),
              order.channel,
              sign,
              s.multiply(content.totalExclVat()))
          .update();
      for (OrderContent.VatAmount vat : content.vatByRate()) {
        jdbc.sql(
                "INSERT INTO daily_vat (pizzeria_id, business_date, vat_rate, vat)"
                    + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE vat = vat + VALUES(vat)")
            .params(pizzeria, date, vat.rate(), s.multiply(vat.amount()))
            .update();
      }
      List<BigDecimal> costs = spread(net, content.lines());
      for (int i = 0; i < content.lines().size(); i++) {
        OrderContent.Line line = content.lines().get(i);
        jdbc.sql(
                "INSERT INTO daily_product_sales (pizzeria_id, business_date, product_id, size,"
                    + " channel, product_name, quantity, revenue_excl_vat, revenue_incl_vat,"
                    + " cost_of_goods) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE product_name = VALUES(product_name),"
                    + " quantity = quantity + VALUES(quantity),"
                    + " revenue_excl_vat = revenue_excl_vat + VALUES(revenue_excl_vat),"
                    + " revenue_incl_vat = revenue_incl_vat + VALUES(revenue_incl_vat),"
                    + " cost_of_goods = cost_of_goods + VALUES(cost_of_goods)")
            .params(
                pizzeria,
                date,
                line.productId(),
                line.size(),
                order.channel,
                line.productName() == null ? "#" + line.productId() : line.productName(),
                sign * line.count(),
                s.multiply(line.lineTotalExclVat()),
                s.multiply(line.lineTotalInclVat()),
                s.multiply(costs.get(i)))
            .update();
        jdbc.sql(
                "INSERT INTO monthly_product_sales (pizzeria_id, business_month, product_id, size,"
                    + " product_name, quantity, revenue_excl_vat, revenue_incl_vat, cost_of_goods)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE product_name = VALUES(product_name),"
                    + " quantity = quantity + VALUES(quantity),"
                    + " revenue_excl_vat = revenue_excl_vat + VALUES(revenue_excl_vat),"
                    + " revenue_incl_vat = revenue_incl_vat + VALUES(revenue_incl_vat),"
                    + " cost_of_goods = cost_of_goods + VALUES(cost_of_goods)")
            .params(
                pizzeria,
                date.withDayOfMonth(1),
                line.productId(),
                line.size(),
                line.productName() == null ? "#" + line.productId() : line.productName(),
                sign * line.count(),
                s.multiply(line.lineTotalExclVat()),
                s.multiply(line.lineTotalInclVat()),
                s.multiply(costs.get(i)))
            .update();
      }
    } else if (order.lost()) {
      addLoss(pizzeria, date, "INCIDENT", s.multiply(cost.net()));
    } else if (order.cancelledAfterPreparation()) {
      addLoss(pizzeria, date, "CANCELLED_AFTER_PREPARATION", s.multiply(cost.reserved()));
    }
  }

  /**
   * Moves an order's cost of goods from {@code before} to {@code after} and nothing else: the same
   * outcome as taking its whole contribution back and adding it again, in fewer statements.
   */
  void costChanged(SaleOrder order, OrderCost before, OrderCost after) {
    LocalDate date = order.businessDate();
    long pizzeria = order.pizzeriaId;
    if (order.sold()) {
      BigDecimal delta = after.net().subtract(before.net());
      if (delta.signum() == 0) {
        return;
      }
      jdbc.sql(
              "INSERT INTO daily_sales (pizzeria_id, business_date, cost_of_goods) VALUES (?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE cost_of_goods = cost_of_goods + VALUES(cost_of_goods)")
          .params(pizzeria, date, delta)
          .update();
      List<OrderContent.Line> lines = order.content().lines();
      List<BigDecimal> was = spread(before.net(), lines);
      List<BigDecimal> now = spread(after.net(), lines);
      for (int i = 0; i < lines.size(); i++) {
        BigDecimal lineDelta = now.get(i).subtract(was.get(i));
        if (lineDelta.signum() == 0) {
          continue;
        }
        OrderContent.Line line = lines.get(i);
        String name = line.productName() == null ? "#" + line.productId() : line.productName();
        jdbc.sql(
                "INSERT INTO daily_product_sales (pizzeria_id, business_date, product_id, size,"
                    + " channel, product_name, cost_of_goods) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE cost_of_goods = cost_of_goods + VALUES(cost_of_goods)")
            .params(pizzeria, date, line.productId(), line.size(), order.channel, name, lineDelta)
            .update();
        jdbc.sql(
                "INSERT INTO monthly_product_sales (pizzeria_id, business_month, product_id, size,"
                    + " product_name, cost_of_goods) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE cost_of_goods = cost_of_goods + VALUES(cost_of_goods)")
            .params(
                pizzeria, date.withDayOfMonth(1), line.productId(), line.size(), name, lineDelta)
            .update();
      }
    } else if (order.lost()) {
      addLoss(pizzeria, date, "INCIDENT", after.net().subtract(before.net()));
    } else if (order.cancelledAfterPreparation()) {
      addLoss(
          pizzeria,
          date,
          "CANCELLED_AFTER_PREPARATION",
          after.reserved().subtract(before.reserved()));
    }
  }

  /** A loss at cost on a business day (waste, inventory shrink, incident…). */
  public void addLoss(long pizzeria, LocalDate date, String reason, BigDecimal amount) {
    if (amount.signum() == 0) {
      return;
    }
    jdbc.sql(
            "INSERT INTO daily_losses (pizzeria_id, business_date, reason, amount)"
                + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount)")
        .params(pizzeria, date, reason, amount)
        .update();
  }

  /** One more order whose stage took the given whole minutes. */
  void addDuration(long pizzeria, LocalDate date, String stage, long minutes) {
    jdbc.sql(
            "INSERT INTO daily_durations (pizzeria_id, business_date, stage, minutes, orders)"
                + " VALUES (?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE orders = orders + 1")
        .params(pizzeria, date, stage, Math.min(minutes, 999))
        .update();
    jdbc.sql(
            "INSERT INTO monthly_durations (pizzeria_id, business_month, stage, minutes, orders)"
                + " VALUES (?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE orders = orders + 1")
        .params(pizzeria, date.withDayOfMonth(1), stage, Math.min(minutes, 999))
        .update();
  }

  /**
   * The order's cost spread over its lines in proportion to their price excl. VAT (by count when
   * all are free), the last line taking the rounding remainder so the parts add up exactly.
   */
  static List<BigDecimal> spread(BigDecimal total, List<OrderContent.Line> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    BigDecimal base =
        lines.stream()
            .map(OrderContent.Line::lineTotalExclVat)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean byCount = base.signum() == 0;
    if (byCount) {
      base = BigDecimal.valueOf(lines.stream().mapToInt(OrderContent.Line::count).sum());
    }
    BigDecimal[] parts = new BigDecimal[lines.size()];
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      if (i == lines.size() - 1) {
        parts[i] = total.subtract(given);
      } else {
        BigDecimal weight =
            byCount ? BigDecimal.valueOf(lines.get(i).count()) : lines.get(i).lineTotalExclVat();
        parts[i] =
            base.signum() == 0
                ? BigDecimal.ZERO
                : total.multiply(weight).divide(base, COST_SCALE, RoundingMode.HALF_UP);
        given = given.add(parts[i]);
      }
    }
    return List.of(parts);
  }
}
