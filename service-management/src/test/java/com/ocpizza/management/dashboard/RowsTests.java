package com.ocpizza.management.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.management.dashboard.DashboardQueries.Rows;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowsTests {

  private static Rows durations(String from, String to) {
    return Rows.spanning(
        "stage",
        "daily_durations",
        "monthly_durations",
        3L,
        new Period(LocalDate.parse(from), LocalDate.parse(to)));
  }

  @Test
  void aPeriodInsideOneMonthReadsDailyRowsOnly() {
    Rows rows = durations("2025-03-10", "2025-03-20");

    assertThat(rows.sql()).doesNotContain("monthly_durations").doesNotContain("UNION");
    assertThat(rows.params())
        .containsExactly(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-20"), 3L);
  }

  @Test
  void aWholeMonthReadsItsMonthlyRowOnly() {
    Rows rows = durations("2025-02-01", "2025-02-28");

    assertThat(rows.sql()).doesNotContain("daily_durations").doesNotContain("UNION");
    assertThat(rows.params())
        .containsExactly(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-01"), 3L);
  }

  @Test
  void aLongRangeReadsWholeMonthsMonthlyAndTheDaysAtEitherEndDaily() {
    Rows rows = durations("2024-12-15", "2025-03-10");

    assertThat(rows.sql().split("UNION ALL")).hasSize(3);
    assertThat(rows.params())
        .containsExactly(
            LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-02-01"),
            3L,
            LocalDate.parse("2024-12-15"),
            LocalDate.parse("2024-12-31"),
            3L,
            LocalDate.parse("2025-03-01"),
            LocalDate.parse("2025-03-10"),
            3L);
  }
}
