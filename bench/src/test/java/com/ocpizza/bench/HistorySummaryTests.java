package com.ocpizza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's note on the generated history: the generator's own summary, not its log. */
class HistorySummaryTests {

  @Test
  void keepsOnlyTheGeneratorsSummaryLine() {
    String output =
        """
        05:41:11.029 [main] INFO com.zaxxer.hikari.HikariDataSource -- HikariPool-1 - Starting...
        05:41:11.804 [main] INFO org.flywaydb.core.internal.command.DbMigrate -- Schema is up to date.
        Generated 936,618 orders (1,336,105 aggregate rows) for 8 pizzerias in PT15S
        05:41:26.086 [main] INFO com.zaxxer.hikari.HikariDataSource -- Shutdown completed.
        """;

    assertThat(Bench.historySummary(output))
        .isEqualTo("Generated 936,618 orders (1,336,105 aggregate rows) for 8 pizzerias in PT15S");
  }

  @Test
  void keepsTheWholeOutputWhenTheGeneratorSaysSomethingElse() {
    assertThat(Bench.historySummary("  nothing generated: the schema is missing\n"))
        .isEqualTo("nothing generated: the schema is missing");
  }
}
