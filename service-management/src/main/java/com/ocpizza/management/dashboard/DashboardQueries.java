package com.ocpizza.management.dashboard;

import com.ocpizza.management.dashboard.Figures.DayPoint;
import com.ocpizza.management.dashboard.Figures.Kpis;
import com.ocpizza.management.dashboard.Figures.Loss;
import com.ocpizza.management.dashboard.Figures.LowStockAlert;
import com.ocpizza.management.dashboard.Figures.PeakCell;
import com.ocpizza.management.dashboard.Figures.ProductMargin;
import com.ocpizza.management.dashboard.Figures.ProductSales;
import com.ocpizza.management.dashboard.Figures.StageTimes;
import com.ocpizza.management.dashboard.Figures.Summary;
import com.ocpizza.management.dashboard.Figures.VatLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the aggregate tables for one pizzeria (or the chain when {@code pizzeria} is null) over a
 * period. Every query is a range scan of the date-leading primary keys; the widest tables (sales by
 * product, duration histograms) are read from their monthly roll-ups for the whole months of the
 * period, so the rows read stay few even over years.
 */
@Component
@Transactional(readOnly = true)
class DashboardQueries {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final JdbcClient jdbc;

  DashboardQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Summary summary(Long pizzeria, Period period) {
    Kpis current = kpis(pizzeria, period);
    Period before = period.previous();
    Kpis previous = kpis(pizzeria, before);
    Map<String, BigDecimal> changes = new LinkedHashMap<>();
    change(
        changes,
        "orders",
        BigDecimal.valueOf(current.orders()),
        BigDecimal.valueOf(previous.orders()));
    change(changes, "revenueExclVat", current.revenueExclVat(), previous.revenueExclVat());
    change(changes, "revenueInclVat", current.revenueInclVat(), previous.revenueInclVat());
    change(changes, "costOfGoods", current.costOfGoods(), previous.costOfGoods());
    change(changes, "grossMargin", current.grossMargin(), previous.grossMargin());
    change(changes, "losses", current.losses(), previous.losses());
    change(
        changes,
        "averageBasketInclVat",
        current.averageBasketInclVat(),
        previous.averageBasketInclVat());
    return new Summary(
        pizzeria,
        period.from(),
        period.to(),
        current,
        before.from(),
        before.to(),
        previous,
        changes);
  }

  Kpis kpis(Long pizzeria, Period period) {
    Object[] totals =
        jdbc.sql(
                "SELECT COALESCE(SUM(orders), 0), COALESCE(SUM(revenue_excl_vat), 0),"
                    + " COALESCE(SUM(vat), 0), COALESCE(SUM(revenue_incl_vat), 0),"
                    + " COALESCE(SUM(cost_of_goods), 0) FROM daily_sales"
                    + where(pizzeria))
            .params(params(pizzeria, period))
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1),
                      rs.getBigDecimal(2),
                      rs.getBigDecimal(3),
                      rs.getBigDecimal(4),
                      rs.getBigDecimal(5)
                    })
            .single();
    long orders = (Long) totals[0];
    BigDecimal excl = money((BigDecimal) totals[1]);
    BigDecimal cogs = money((BigDecimal) totals[4]);
    BigDecimal incl = money((BigDecimal) totals[3]);
    BigDecimal margin = excl.subtract(cogs);
    List<VatLine> vat =
        jdbc.sql(
                "SELECT vat_rate, SUM(vat) FROM daily_vat"
                    + where(pizzeria)
                    + " GROUP BY vat_rate ORDER BY vat_rate")
            .params(params(pizzeria, period))
            .query((rs, n) -> new VatLine(rs.getBigDecimal(1), money(rs.getBigDecimal(2))))
            .list();
    BigDecimal losses =
        money(
            jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM daily_losses" + where(pizzeria))
                .params(params(pizzeria, period))
                .query(BigDecimal.class)
                .single());
    return new Kpis(
        orders,
        excl,
        money((BigDecimal) totals[2]),
        incl,
        vat,
        cogs,
        margin,
        rate(margin, excl),
        losses,
        average(incl, orders),
        average(excl, orders),
        times(pizzeria, period));
  }

  List<StageTimes> times(Long pizzeria, Period period) {
    Map<String, TreeMap<Integer, Long>> histograms = new TreeMap<>();
    Rows rows =
        Rows.spanning(
            "stage, minutes, orders", "daily_durations", "monthly_durations", pizzeria, period);
    jdbc.sql(
            "SELECT stage, minutes, SUM(orders) FROM ("
                + rows.sql()
                + ") r GROUP BY stage, minutes")
        .params(rows.params())
        .query(
            rs -> {
              histograms
                  .computeIfAbsent(rs.getString(1), s -> new TreeMap<>())
                  .merge(rs.getInt(2), rs.getLong(3), Long::sum);
            });
    List<StageTimes> times = new ArrayList<>();
    for (String stage : List.of("WAITING", "PREPARATION", "DELIVERY")) {
      TreeMap<Integer, Long> histogram = histograms.getOrDefault(stage, new TreeMap<>());
      long count = histogram.values().stream().mapToLong(Long::longValue).sum();
      times.add(
          new StageTimes(
              stage, count, percentile(histogram, count, 50), percentile(histogram, count, 90)));
    }
    return times;
  }

  List<DayPoint> series(Long pizzeria, Period period) {
    return jdbc.sql(
            "SELECT business_date, SUM(orders), SUM(revenue_excl_vat), SUM(revenue_incl_vat),"
                + " SUM(cost_of_goods) FROM daily_sales"
                + where(pizzeria)
                + " GROUP BY business_date ORDER BY business_date")
        .params(params(pizzeria, period))
        .query(
            (rs, n) -> {
              BigDecimal excl = money(rs.getBigDecimal(3));
              BigDecimal cogs = money(rs.getBigDecimal(5));
              return new DayPoint(
                  rs.getDate(1).toLocalDate(),
                  rs.getLong(2),
                  excl,
                  money(rs.getBigDecimal(4)),
                  cogs,
                  excl.subtract(cogs));
            })
        .list();
  }

  List<ProductSales> topProducts(Long pizzeria, Period period, int limit) {
    Rows rows = Rows.products(pizzeria, period);
    return jdbc.sql(
            "SELECT product_id, MAX(product_name), SUM(quantity) AS sold, SUM(revenue_excl_vat),"
                + " SUM(revenue_incl_vat) FROM ("
                + rows.sql()
                + ") r GROUP BY product_id HAVING sold > 0 ORDER BY sold DESC,"
                + " SUM(revenue_excl_vat) DESC, product_id LIMIT "
                + limit)
        .params(rows.params())
        .query(
            (rs, n) ->
                new ProductSales(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    money(rs.getBigDecimal(4)),
                    money(rs.getBigDecimal(5))))
        .list();
  }

  List<ProductMargin> margins(Long pizzeria, Period period) {
    Rows rows = Rows.products(pizzeria, period);
    return jdbc.sql(
            "SELECT product_id, MAX(product_name), size, SUM(quantity) AS sold,"
                + " SUM(revenue_excl_vat), SUM(cost_of_goods) FROM ("
                + rows.sql()
                + ") r GROUP BY product_id, size HAVING sold > 0"
                + " ORDER BY SUM(revenue_excl_vat) - SUM(cost_of_goods) DESC, product_id, size")
        .params(rows.params())
        .query(
            (rs, n) -> {
              BigDecimal excl = money(rs.getBigDecimal(5));
              BigDecimal cogs = money(rs.getBigDecimal(6));
              BigDecimal margin = excl.subtract(cogs);
              return new ProductMargin(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  excl,
                  cogs,
                  margin,
                  rate(margin, excl));
            })
        .list();
  }

  List<Loss> losses(Long pizzeria, Period period) {
    return jdbc.sql(
            "SELECT reason, SUM(amount) FROM daily_losses"
                + where(pizzeria)
                + " GROUP BY reason ORDER BY SUM(amount) DESC, reason")
        .params(params(pizzeria, period))
        .query((rs, n) -> new Loss(rs.getString(1), money(rs.getBigDecimal(2))))
        .list();
  }

  List<PeakCell> peaks(Long pizzeria, Period period) {
    Map<DayOfWeek, Long> weeks = new TreeMap<>();
    for (var day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
      weeks.merge(day.getDayOfWeek(), 1L, Long::sum);
    }
    return jdbc.sql(
            "SELECT WEEKDAY(business_date) + 1 AS weekday, business_hour, SUM(orders)"
                + " FROM hourly_sales"
                + where(pizzeria)
                + " GROUP BY weekday, business_hour HAVING SUM(orders) > 0"
                + " ORDER BY weekday, business_hour")
        .params(params(pizzeria, period))
        .query(
            (rs, n) -> {
              int weekday = rs.getInt(1);
              long orders = rs.getLong(3);
              long occurrences = weeks.getOrDefault(DayOfWeek.of(weekday), 1L);
              return new PeakCell(
                  weekday,
                  rs.getInt(2),
                  orders,
                  BigDecimal.valueOf(orders)
                      .divide(BigDecimal.valueOf(occurrences), 2, RoundingMode.HALF_UP));
            })
        .list();
  }

  List<LowStockAlert> lowStock(Long pizzeria) {
    return jdbc.sql(
            "SELECT pizzeria_id, ingredient_id, ingredient_name, quantity, threshold, raised_at"
                + " FROM low_stock_alert"
                + (pizzeria == null ? "" : " WHERE pizzeria_id = ?")
                + " ORDER BY pizzeria_id, ingredient_name")
        .params(pizzeria == null ? List.of() : List.of(pizzeria))
        .query(
            (rs, n) ->
                new LowStockAlert(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getBigDecimal(4),
                    rs.getBigDecimal(5),
                    ((Timestamp) rs.getTimestamp(6)).toLocalDateTime().toInstant(ZoneOffset.UTC)))
        .list();
  }

  /**
   * The rows of a period read from a daily table and its monthly roll-up: the roll-up for each
   * whole calendar month inside the period, the daily table for the days before and after them.
   */
  record Rows(String sql, List<Object> params) {

    static Rows products(Long pizzeria, Period period) {
      return spanning(
          "product_id, product_name, size, quantity, revenue_excl_vat, revenue_incl_vat,"
              + " cost_of_goods",
          "daily_product_sales",
          "monthly_product_sales",
          pizzeria,
          period);
    }

    static Rows spanning(
        String columns, String daily, String monthly, Long pizzeria, Period period) {
      LocalDate firstMonth =
          period.from().getDayOfMonth() == 1
              ? period.from()
              : period.from().withDayOfMonth(1).plusMonths(1);
      LocalDate afterMonths = period.to().plusDays(1).withDayOfMonth(1);
      List<String> parts = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      String pizzeriaFilter = pizzeria == null ? "" : " AND pizzeria_id = ?";
      if (!firstMonth.isBefore(afterMonths)) {
        parts.add("SELECT " + columns + " FROM " + daily + where(pizzeria));
        params.addAll(DashboardQueries.params(pizzeria, period));
      } else {
        parts.add(
            "SELECT "
                + columns
                + " FROM "
                + monthly
                + " WHERE business_month BETWEEN ? AND ?"
                + pizzeriaFilter);
        params.addAll(
            DashboardQueries.params(pizzeria, new Period(firstMonth, afterMonths.minusMonths(1))));
        if (period.from().isBefore(firstMonth)) {
          parts.add("SELECT " + columns + " FROM " + daily + where(pizzeria));
          params.addAll(
              DashboardQueries.params(
                  pizzeria, new Period(period.from(), firstMonth.minusDays(1))));
        }
        if (!afterMonths.isAfter(period.to())) {
          parts.add("SELECT " + columns + " FROM " + daily + where(pizzeria));
          params.addAll(DashboardQueries.params(pizzeria, new Period(afterMonths, period.to())));
        }
      }
      return new Rows(String.join(" UNION ALL ", parts), List.copyOf(params));
    }
  }

  private static String where(Long pizzeria) {
    return " WHERE business_date BETWEEN ? AND ?"
        + (pizzeria == null ? "" : " AND pizzeria_id = ?");
  }

  private static List<Object> params(Long pizzeria, Period period) {
    return pizzeria == null
        ? List.of(period.from(), period.to())
        : List.of(period.from(), period.to(), pizzeria);
  }

  /** Nearest-rank percentile of a whole-minute histogram; null when nothing was measured. */
  static Integer percentile(TreeMap<Integer, Long> histogram, long count, int percent) {
    if (count == 0) {
      return null;
    }
    long rank = (count * percent + 99) / 100;
    long seen = 0;
    for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
      seen += bucket.getValue();
      if (seen >= rank) {
        return bucket.getKey();
      }
    }
    return histogram.lastKey();
  }

  private static BigDecimal money(BigDecimal value) {
    return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? null
        : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal average(BigDecimal total, long orders) {
    return orders == 0
        ? BigDecimal.ZERO.setScale(2)
        : total.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
  }

  private static void change(
      Map<String, BigDecimal> changes, String name, BigDecimal now, BigDecimal before) {
    if (before.signum() != 0) {
      changes.put(
          name,
          now.subtract(before).multiply(HUNDRED).divide(before.abs(), 1, RoundingMode.HALF_UP));
    }
  }
}
