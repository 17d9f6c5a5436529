package com.ocpizza.management.dashboard;

import com.ocpizza.management.history.CommandLine;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the queries behind each dashboard endpoint over many random periods (a day, a week, a month
 * or a custom range of up to a year, at one pizzeria or the whole chain) drawn in the last year of
 * the history a schema holds, and prints p50/p95/p99 per endpoint. Not a test: run it against a
 * schema filled by {@link com.ocpizza.management.history.GenerateHistory}:
 *
 * <pre>
 * ./mvnw -pl service-management compile exec:java \
 *   -Dexec.mainClass=com.ocpizza.management.dashboard.DashboardBenchmark \
 *   -Dexec.args="--schema=ocpizza_bench --rounds=1000"
 * </pre>
 *
 * Options: the database options of the generator, {@code --rounds} (timed calls per endpoint),
 * {@code --within-days} (how far back periods are drawn, 365), {@code --pizzerias} (8), {@code
 * --seed}. Times are the service's own work for an answer (queries and mapping), without HTTP.
 */
public final class DashboardBenchmark {

  private DashboardBenchmark() {}

  public static void main(String[] args) {
    CommandLine options = new CommandLine(args);
    int rounds = options.integer("rounds", 1000);
    int within = options.integer("within-days", 365);
    int pizzerias = options.integer("pizzerias", 8);
    Random random = new Random(options.integer("seed", 7));
    try (HikariDataSource database = options.database()) {
      JdbcClient jdbc = JdbcClient.create(database);
      LocalDate first =
          jdbc.sql("SELECT MIN(business_date) FROM daily_sales").query(LocalDate.class).single();
      LocalDate last =
          jdbc.sql("SELECT MAX(business_date) FROM daily_sales").query(LocalDate.class).single();
      long orders = jdbc.sql("SELECT SUM(orders) FROM daily_sales").query(Long.class).single();
      DashboardQueries queries = new DashboardQueries(jdbc);
      Map<String, BiConsumer<Long, Period>> endpoints = new LinkedHashMap<>();
      endpoints.put("summary", queries::summary);
      endpoints.put("timeseries", queries::series);
      endpoints.put("top-products", (p, period) -> queries.topProducts(p, period, 10));
      endpoints.put("margins", queries::margins);
      endpoints.put("losses", queries::losses);
      endpoints.put("peak-hours", queries::peaks);
      LocalDate earliest =
          last.minusDays(within - 1L).isBefore(first) ? first : last.minusDays(within - 1L);
      Map<String, long[]> timings = new LinkedHashMap<>();
      endpoints.keySet().forEach(name -> timings.put(name, new long[rounds]));
      int warmup = Math.max(50, rounds / 5);
      for (int i = -warmup; i < rounds; i++) {
        for (Map.Entry<String, BiConsumer<Long, Period>> endpoint : endpoints.entrySet()) {
          Long pizzeria = random.nextInt(5) == 0 ? null : (long) (1 + random.nextInt(pizzerias));
          Period period = randomPeriod(random, earliest, last);
          long started = System.nanoTime();
          endpoint.getValue().accept(pizzeria, period);
          long took = System.nanoTime() - started;
          if (i >= 0) {
            timings.get(endpoint.getKey())[i] = took;
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "History: %s to %s, %,d orders; periods drawn from %s on; %d timed calls per endpoint%n",
          first,
          last,
          orders,
          earliest,
          rounds);
      System.out.println("| endpoint | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
      System.out.println("|---|---:|---:|---:|---:|");
      timings.forEach(
          (name, values) -> {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.1f |%n",
                name,
                millis(sorted, 50),
                millis(sorted, 95),
                millis(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
          });
    }
  }

  /** A day (30 %), an ISO week (25 %), a month (30 %) or a custom range of 2 to 365 days (15 %). */
  static Period randomPeriod(Random random, LocalDate earliest, LocalDate last) {
    long span = ChronoUnit.DAYS.between(earliest, last);
    LocalDate anchor = earliest.plusDays((long) (random.nextDouble() * (span + 1)));
    double kind = random.nextDouble();
    if (kind < 0.3) {
      return Period.of(Period.Kind.DAY, anchor, null, null, last);
    }
    if (kind < 0.55) {
      return Period.of(Period.Kind.WEEK, anchor, null, null, last);
    }
    if (kind < 0.85) {
      return Period.of(Period.Kind.MONTH, anchor, null, null, last);
    }
    int days = 2 + random.nextInt(364);
    LocalDate from =
        anchor.minusDays(days - 1L).isBefore(earliest) ? earliest : anchor.minusDays(days - 1L);
    return Period.of(Period.Kind.CUSTOM, null, from, anchor, last);
  }

  private static double millis(long[] sorted, int percentile) {
    int rank = (int) Math.ceil(sorted.length * percentile / 100.0) - 1;
    return sorted[Math.max(0, rank)] / 1e6;
  }
}
