package com.ocpizza.management.history;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Fills a management schema with years of realistic sales history, e.g. three years for eight
 * pizzerias (about a million orders):
 *
 * <pre>
 * ./mvnw -pl service-management compile exec:java \
 *   -Dexec.mainClass=com.ocpizza.management.history.GenerateHistory \
 *   -Dexec.args="--schema=ocpizza_bench --years=3 --pizzerias=8"
 * </pre>
 *
 * Options: {@code --db-url} (server, default {@code OCPIZZA_DB_URL} or the local server), {@code
 * --db-user}, {@code --db-password}, {@code --schema} (created and migrated if missing), {@code
 * --years} (ending yesterday) or {@code --from}/{@code --to}, {@code --pizzerias} (8), {@code
 * --orders-per-day} (120, the average at a pizzeria on a Thursday), {@code --seed}.
 */
public final class GenerateHistory {

  private GenerateHistory() {}

  public static void main(String[] args) {
    CommandLine options = new CommandLine(args);
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1);
    LocalDate to = LocalDate.parse(options.get("to", yesterday.toString()));
    LocalDate from =
        options.has("from")
            ? LocalDate.parse(options.get("from", ""))
            : to.minusYears(options.integer("years", 3)).plusDays(1);
    HistoryGenerator.Plan plan =
        new HistoryGenerator.Plan(
            from,
            to,
            options.integer("pizzerias", 8),
            options.integer("orders-per-day", 120),
            options.integer("seed", 42));
    long started = System.nanoTime();
    try (HikariDataSource database = options.database()) {
      HistoryGenerator.Outcome outcome = new HistoryGenerator(database).generate(plan);
      System.out.printf(
          "Generated %,d orders (%,d aggregate rows) for %d pizzerias from %s to %s in %s%n",
          outcome.orders(),
          outcome.rows(),
          plan.pizzerias(),
          from,
          to,
          Duration.ofNanos(System.nanoTime() - started).withNanos(0));
    }
  }
}
