package com.ocpizza.management.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Simulates every order of a span of business days at several pizzerias (catalogue and prices of
 * the demo menu, lunch and evening services with the evening peak, busier Fridays and Saturdays,
 * closed on Sundays, a quieter August, growth over the years, web/phone/counter, delivery or
 * takeaway, cancellations, incidents, waste and inventory shrink, waiting/preparation/delivery
 * times) and writes what the feed consumers would have aggregated from them into the aggregate
 * tables, one pizzeria-month per transaction. Orders themselves are not kept: dashboards never read
 * them. Deterministic for a given seed.
 */
public final class HistoryGenerator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal DELIVERY_FEE = new BigDecimal("2.50");
  private static final BigDecimal FOOD_RATE = new BigDecimal("10.00");
  private static final String[] CHANNELS = {"WEB", "PHONE", "COUNTER"};
  private static final String[] SIZES = {"SMALL", "MEDIUM", "LARGE"};
  private static final double[] SIZE_PRICE = {0.75, 1, 1.35};
  private static final double[] SIZE_COST = {0.7, 1, 1.4};

  /** A product of the demo menu: price excl. VAT and ingredient cost of the medium size. */
  private record Product(
      long id, String name, boolean pizza, String priceExclVat, String vatRate, double cost) {}

  private static final List<Product> PIZZAS =
      List.of(
          new Product(1, "Margherita", true, "7.73", "10.00", 1.55),
          new Product(2, "Reine", true, "9.55", "10.00", 2.10),
          new Product(3, "Quatre saisons", true, "10.45", "10.00", 2.40),
          new Product(4, "Quatre fromages", true, "11.36", "10.00", 2.95),
          new Product(5, "Napolitaine", true, "10.00", "10.00", 2.15),
          new Product(6, "Végétarienne", true, "10.00", "10.00", 2.00),
          new Product(7, "Chorizo", true, "10.45", "10.00", 2.30),
          new Product(8, "Calzone", true, "10.91", "10.00", 2.35),
          new Product(9, "Saumon", true, "12.27", "10.00", 3.45),
          new Product(10, "Chèvre-miel", true, "11.36", "10.00", 2.80));
  private static final double[] PIZZA_POPULARITY = {18, 16, 9, 11, 7, 8, 10, 7, 6, 8};
  private static final Product SODA = new Product(20, "Soda 33 cl", false, "2.37", "5.50", 0.55);
  private static final Product BOTTLE = new Product(21, "Soda 1,5 l", false, "3.79", "5.50", 1.10);
  private static final Product BEER = new Product(22, "Bière 25 cl", false, "2.92", "20.00", 0.85);
  private static final Product TIRAMISU = new Product(23, "Tiramisu", false, "4.09", "10.00", 1.20);
  private static final Product TART =
      new Product(24, "Tarte aux pommes", false, "3.64", "10.00", 0.95);

  /** What to generate. */
  public record Plan(LocalDate from, LocalDate to, int pizzerias, int ordersPerDay, long seed) {}

  /** What was written. */
  public record Outcome(long orders, long rows) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public HistoryGenerator(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  public Outcome generate(Plan plan) {
    Integer existing =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM daily_sales WHERE business_date BETWEEN ? AND ?",
            Integer.class,
            plan.from(),
            plan.to());
    if (existing != null && existing > 0) {
      throw new IllegalStateException(
          "The schema already holds sales between " + plan.from() + " and " + plan.to());
    }
    long orders = 0;
    long rows = 0;
    for (LocalDate month = plan.from().withDayOfMonth(1);
        !month.isAfter(plan.to());
        month = month.plusMonths(1)) {
      LocalDate first = month.isBefore(plan.from()) ? plan.from() : month;
      LocalDate last =
          month.plusMonths(1).minusDays(1).isAfter(plan.to())
              ? plan.to()
              : month.plusMonths(1).minusDays(1);
      for (int pizzeria = 1; pizzeria <= plan.pizzerias(); pizzeria++) {
        Month generated = new Month(pizzeria);
        Random random =
            new Random(plan.seed() * 1_000_003L + pizzeria * 7_919L + first.toEpochDay());
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
          orders += day(generated, random, plan, pizzeria, day);
        }
        Long written = transaction.execute(status -> generated.write(jdbc));
        rows += written == null ? 0 : written;
      }
    }
    return new Outcome(orders, rows);
  }

  /** Simulates one business day of one pizzeria; returns the orders placed. */
  private int day(Month month, Random random, Plan plan, int pizzeria, LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return 0;
    }
    double weekday =
        switch (day.getDayOfWeek()) {
          case MONDAY -> 0.8;
          case TUESDAY -> 0.85;
          case WEDNESDAY -> 0.95;
          case THURSDAY -> 1.0;
          case FRIDAY -> 1.25;
          default -> 1.3;
        };
    double season =
        switch (day.getMonth()) {
          case AUGUST -> 0.7;
          case JULY -> 0.9;
          case DECEMBER, FEBRUARY -> 1.1;
          case JANUARY -> 1.05;
          default -> 1.0;
        };
    // Growth of about 12 % a year, and each pizzeria with its own size of neighbourhood.
    double years = ChronoUnit.DAYS.between(plan.from(), day) / 365.0;
    double growth = Math.pow(1.12, years - yearsBetween(plan) / 2);
    double outlet = 0.8 + 0.4 * ((pizzeria * 37) % 11) / 10.0;
    double expected = plan.ordersPerDay() * weekday * season * growth * outlet;
    int count = Math.max(0, (int) Math.round(expected * (0.9 + 0.2 * random.nextDouble())));
    Day totals = month.day(day);
    for (int i = 0; i < count; i++) {
      order(totals, random);
    }
    BigDecimal cost = totals.costOfGoods;
    totals.loss("WASTE", cost.multiply(BigDecimal.valueOf(0.005 + 0.015 * random.nextDouble())));
    if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
      // Weekly inventory: usually some shrink, now and then a surplus.
      totals.loss(
          "INVENTORY_SHRINK",
          cost.multiply(BigDecimal.valueOf(6 * (-0.002 + 0.012 * random.nextDouble()))));
    }
    return count;
  }

  private static double yearsBetween(Plan plan) {
    return ChronoUnit.DAYS.between(plan.from(), plan.to()) / 365.0;
  }

  private void order(Day totals, Random random) {
    boolean lunch = random.nextDouble() < 0.35;
    int hour =
        lunch
            ? pick(random, new int[] {11, 12, 13, 14}, new double[] {5, 45, 40, 10})
            : pick(random, new int[] {18, 19, 20, 21, 22}, new double[] {8, 30, 35, 20, 7});
    String channel = CHANNELS[pick(random, new double[] {55, 25, 20})];
    boolean delivery = !"COUNTER".equals(channel) && random.nextDouble() < 0.7;

    Map<String, Line> lines = new HashMap<>();
    int pizzas = 1;
    while (pizzas < 12 && random.nextDouble() < 0.45) {
      pizzas++;
    }
    for (int i = 0; i < pizzas; i++) {
      Product pizza = PIZZAS.get(pick(random, PIZZA_POPULARITY));
      int size = pick(random, new double[] {15, 60, 25});
      add(lines, pizza, size);
    }
    if (random.nextDouble() < 0.4) {
      add(lines, pizzas > 2 ? BOTTLE : SODA, 1);
    }
    if (random.nextDouble() < 0.15) {
      add(lines, BEER, 1);
    }
    if (random.nextDouble() < 0.25) {
      add(lines, random.nextBoolean() ? TIRAMISU : TART, 1);
    }

    BigDecimal excl = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    Map<BigDecimal, BigDecimal> base = new TreeMap<>();
    for (Line line : lines.values()) {
      excl = excl.add(line.exclVat);
      cost = cost.add(line.cost);
      base.merge(line.vatRate, line.exclVat, BigDecimal::add);
    }
    if (delivery) {
      excl = excl.add(DELIVERY_FEE);
      base.merge(FOOD_RATE, DELIVERY_FEE, BigDecimal::add);
    }
    Map<BigDecimal, BigDecimal> vat = new TreeMap<>();
    base.forEach(
        (rate, amount) ->
            vat.put(rate, amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP)));

    double fate = random.nextDouble();
    if (fate < 0.015) {
      return; // cancelled before preparation: neither sold nor lost
    }
    if (fate < 0.018) {
      totals.loss("CANCELLED_AFTER_PREPARATION", cost);
      return;
    }
    if (delivery && fate < 0.021) {
      totals.loss("INCIDENT", cost);
      return;
    }
    totals.sold(channel, hour, excl, vat, cost, lines.values());
    boolean peak = hour == 19 || hour == 20 || hour == 12;
    totals.duration("WAITING", minutes(random, peak ? 9 : 4));
    totals.duration("PREPARATION", minutes(random, peak ? 13 : 10));
    if (delivery) {
      totals.duration("DELIVERY", minutes(random, 17));
    }
  }

  private static void add(Map<String, Line> lines, Product product, int size) {
    String sizeName = product.pizza() ? SIZES[size] : "UNIQUE";
    double priceFactor = product.pizza() ? SIZE_PRICE[size] : 1;
    double costFactor = product.pizza() ? SIZE_COST[size] : 1;
    BigDecimal unit =
        new BigDecimal(product.priceExclVat())
            .multiply(BigDecimal.valueOf(priceFactor))
            .setScale(2, RoundingMode.HALF_UP);
    BigDecimal rate = new BigDecimal(product.vatRate());
    BigDecimal cost =
        BigDecimal.valueOf(product.cost() * costFactor).setScale(4, RoundingMode.HALF_UP);
    lines
        .computeIfAbsent(
            product.id() + "/" + sizeName,
            key -> new Line(product.id(), product.name(), sizeName, rate))
        .add(unit, cost);
  }

  /** Whole minutes from a log-normal spread around a median. */
  private static int minutes(Random random, double median) {
    return (int) Math.max(1, Math.round(median * Math.exp(0.35 * random.nextGaussian())));
  }

  private static int pick(Random random, int[] values, double[] weights) {
    return values[pick(random, weights)];
  }

  private static int pick(Random random, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double draw = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** An order line, as sold. */
  private static final class Line {
    final long productId;
    final String name;
    final String size;
    final BigDecimal vatRate;
    int count;
    BigDecimal exclVat = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;

    Line(long productId, String name, String size, BigDecimal vatRate) {
      this.productId = productId;
      this.name = name;
      this.size = size;
      this.vatRate = vatRate;
    }

    void add(BigDecimal unit, BigDecimal unitCost) {
      count++;
      exclVat = exclVat.add(unit);
      cost = cost.add(unitCost);
    }

    BigDecimal inclVat() {
      return exclVat.add(exclVat.multiply(vatRate).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }
  }

  /** The aggregate rows of one pizzeria over one month, written in one transaction. */
  private static final class Month {
    final Map<LocalDate, Day> days = new TreeMap<>();
    final long pizzeria;

    Month(long pizzeria) {
      this.pizzeria = pizzeria;
    }

    Day day(LocalDate date) {
      return days.computeIfAbsent(date, Day::new);
    }

    LocalDate month() {
      return days.keySet().iterator().next().withDayOfMonth(1);
    }

    long write(JdbcTemplate jdbc) {
      if (days.isEmpty()) {
        return 0;
      }
      List<Object[]> sales = new ArrayList<>();
      List<Object[]> vat = new ArrayList<>();
      List<Object[]> products = new ArrayList<>();
      List<Object[]> hours = new ArrayList<>();
      List<Object[]> losses = new ArrayList<>();
      List<Object[]> durations = new ArrayList<>();
      for (Day day : days.values()) {
        if (day.orders > 0) {
          sales.add(
              new Object[] {
                pizzeria,
                day.date,
                day.orders,
                day.exclVat,
                day.vat,
                day.exclVat.add(day.vat),
                day.costOfGoods
              });
        }
        day.vatByRate.forEach(
            (rate, amount) -> vat.add(new Object[] {pizzeria, day.date, rate, amount}));
        for (Object[] p : day.products.values()) {
          products.add(
              new Object[] {pizzeria, day.date, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]});
        }
        for (Object[] h : day.hours.values()) {
          hours.add(new Object[] {pizzeria, day.date, h[0], h[1], h[2], h[3]});
        }
        day.losses.forEach(
            (reason, amount) -> losses.add(new Object[] {pizzeria, day.date, reason, amount}));
        day.durations.forEach(
            (key, orders) -> {
              String[] parts = key.split("/");
              durations.add(
                  new Object[] {pizzeria, day.date, parts[0], Integer.parseInt(parts[1]), orders});
            });
      }
      jdbc.batchUpdate(
          "INSERT INTO daily_sales (pizzeria_id, business_date, orders, revenue_excl_vat, vat,"
              + " revenue_incl_vat, cost_of_goods) VALUES (?, ?, ?, ?, ?, ?, ?)",
          sales);
      jdbc.batchUpdate(
          "INSERT INTO daily_vat (pizzeria_id, business_date, vat_rate, vat) VALUES (?, ?, ?, ?)",
          vat);
      jdbc.batchUpdate(
          "INSERT INTO daily_product_sales (pizzeria_id, business_date, product_id, size, channel,"
              + " product_name, quantity, revenue_excl_vat, revenue_incl_vat, cost_of_goods)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          products);
      jdbc.batchUpdate(
          "INSERT INTO hourly_sales (pizzeria_id, business_date, business_hour, channel, orders,"
              + " revenue_excl_vat) VALUES (?, ?, ?, ?, ?, ?)",
          hours);
      jdbc.batchUpdate(
          "INSERT INTO daily_losses (pizzeria_id, business_date, reason, amount)"
              + " VALUES (?, ?, ?, ?)",
          losses);
      jdbc.batchUpdate(
          "INSERT INTO daily_durations (pizzeria_id, business_date, stage, minutes, orders)"
              + " VALUES (?, ?, ?, ?, ?)",
          durations);
      // The month's roll-ups; a month may be generated in two runs (each with its own days).
      Map<String, Object[]> byProduct = new TreeMap<>();
      for (Object[] p : products) {
        Object[] total =
            byProduct.computeIfAbsent(
                p[2] + "/" + p[3],
                k ->
                    new Object[] {
                      pizzeria,
                      month(),
                      p[2],
                      p[3],
                      p[5],
                      0,
                      BigDecimal.ZERO,
                      BigDecimal.ZERO,
                      BigDecimal.ZERO
                    });
        total[5] = (Integer) total[5] + (Integer) p[6];
        total[6] = ((BigDecimal) total[6]).add((BigDecimal) p[7]);
        total[7] = ((BigDecimal) total[7]).add((BigDecimal) p[8]);
        total[8] = ((BigDecimal) total[8]).add((BigDecimal) p[9]);
      }
      Map<String, Object[]> byMinute = new TreeMap<>();
      for (Object[] d : durations) {
        Object[] total =
            byMinute.computeIfAbsent(
                d[2] + "/" + d[3], k -> new Object[] {pizzeria, month(), d[2], d[3], 0});
        total[4] = (Integer) total[4] + (Integer) d[4];
      }
      jdbc.batchUpdate(
          "INSERT INTO monthly_product_sales (pizzeria_id, business_month, product_id, size,"
              + " product_name, quantity, revenue_excl_vat, revenue_incl_vat, cost_of_goods)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
              + " quantity = quantity + VALUES(quantity),"
              + " revenue_excl_vat = revenue_excl_vat + VALUES(revenue_excl_vat),"
              + " revenue_incl_vat = revenue_incl_vat + VALUES(revenue_incl_vat),"
              + " cost_of_goods = cost_of_goods + VALUES(cost_of_goods)",
          new ArrayList<>(byProduct.values()));
      jdbc.batchUpdate(
          "INSERT INTO monthly_durations (pizzeria_id, business_month, stage, minutes, orders)"
              + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE orders = orders + VALUES(orders)",
          new ArrayList<>(byMinute.values()));
      return byProduct.size()
          + byMinute.size()
          + sales.size()
          + vat.size()
          + products.size()
          + hours.size()
          + losses.size()
          + durations.size();
    }
  }

  /** The aggregates of one business day. */
  private static final class Day {
    final LocalDate date;
    int orders;
    BigDecimal exclVat = BigDecimal.ZERO;
    BigDecimal vat = BigDecimal.ZERO;
    BigDecimal costOfGoods = BigDecimal.ZERO;
    final Map<BigDecimal, BigDecimal> vatByRate = new TreeMap<>();
    final Map<String, Object[]> products = new HashMap<>();
    final Map<String, Object[]> hours = new HashMap<>();
    final Map<String, BigDecimal> losses = new TreeMap<>();
    final Map<String, Integer> durations = new HashMap<>();

    Day(LocalDate date) {
      this.date = date;
    }

    void sold(
        String channel,
        int hour,
        BigDecimal excl,
        Map<BigDecimal, BigDecimal> vatAmounts,
        BigDecimal cost,
        Iterable<Line> lines) {
      orders++;
      exclVat = exclVat.add(excl);
      costOfGoods = costOfGoods.add(cost);
      vatAmounts.forEach(
          (rate, amount) -> {
            vat = vat.add(amount);
            vatByRate.merge(rate, amount, BigDecimal::add);
          });
      Object[] slot =
          hours.computeIfAbsent(
              hour + "/" + channel, k -> new Object[] {hour, channel, 0, BigDecimal.ZERO});
      slot[2] = (Integer) slot[2] + 1;
      slot[3] = ((BigDecimal) slot[3]).add(excl);
      for (Line line : lines) {
        Object[] product =
            products.computeIfAbsent(
                line.productId + "/" + line.size + "/" + channel,
                k ->
                    new Object[] {
                      line.productId,
                      line.size,
                      channel,
                      line.name,
                      0,
                      BigDecimal.ZERO,
                      BigDecimal.ZERO,
                      BigDecimal.ZERO
                    });
        product[4] = (Integer) product[4] + line.count;
        product[5] = ((BigDecimal) product[5]).add(line.exclVat);
        product[6] = ((BigDecimal) product[6]).add(line.inclVat());
        product[7] = ((BigDecimal) product[7]).add(line.cost);
      }
    }

    void loss(String reason, BigDecimal amount) {
      if (amount.signum() != 0) {
        losses.merge(reason, amount.setScale(4, RoundingMode.HALF_UP), BigDecimal::add);
      }
    }

    void duration(String stage, int minutes) {
      durations.merge(stage + "/" + Math.min(minutes, 999), 1, Integer::sum);
    }
  }
}
