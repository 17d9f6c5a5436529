package com.ocpizza.management.dashboard;

import com.ocpizza.common.problem.ProblemDetailsAdvice.FieldProblem;
import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A span of business days in Europe/Paris, both ends included.
 *
 * @param from first day
 * @param to last day
 */
record Period(LocalDate from, LocalDate to) {

  static final int MAX_YEARS = 3;

  /** The kinds of period a dashboard may ask for. */
  enum Kind {
    DAY,
    WEEK,
    MONTH,
    CUSTOM
  }

  /**
   * Resolves a request: a day, the ISO week or the month holding {@code date} (today by default),
   * or a custom range of at most three years.
   */
  static Period of(Kind kind, LocalDate date, LocalDate from, LocalDate to, LocalDate today) {
    LocalDate anchor = date == null ? today : date;
    return switch (kind == null ? Kind.DAY : kind) {
      case DAY -> new Period(anchor, anchor);
      case WEEK -> {
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new Period(monday, monday.plusDays(6));
      }
      case MONTH ->
          new Period(anchor.withDayOfMonth(1), anchor.with(TemporalAdjusters.lastDayOfMonth()));
      case CUSTOM -> custom(from, to);
    };
  }

  private static Period custom(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw invalid("from", "from and to are required for a custom period");
    }
    if (from.isAfter(to)) {
      throw invalid("from", "must not be after to");
    }
    if (from.plusYears(MAX_YEARS).isBefore(to)) {
      throw invalid("to", "a period may span at most " + MAX_YEARS + " years");
    }
    return new Period(from, to);
  }

  long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of the same length just before this one. */
  Period previous() {
    return new Period(from.minusDays(days()), from.minusDays(1));
  }

  private static ProblemException invalid(String field, String message) {
    return new InvalidPeriodException(field, message);
  }

  /** A period that cannot be answered: 400 with the offending field. */
  static final class InvalidPeriodException extends ProblemException {

    private static final long serialVersionUID = 1L;

    InvalidPeriodException(String field, String message) {
      super(
          HttpStatus.BAD_REQUEST,
          ProblemTypes.VALIDATION,
          "The period is invalid: " + field + " " + message + ".",
          Map.of("errors", List.of(new FieldProblem(field, message))));
    }
  }
}
