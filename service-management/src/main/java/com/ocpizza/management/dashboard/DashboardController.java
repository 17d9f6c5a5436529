package com.ocpizza.management.dashboard;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.management.dashboard.Figures.DayPoint;
import com.ocpizza.management.dashboard.Figures.Loss;
import com.ocpizza.management.dashboard.Figures.LowStockAlert;
import com.ocpizza.management.dashboard.Figures.PeakCell;
import com.ocpizza.management.dashboard.Figures.ProductMargin;
import com.ocpizza.management.dashboard.Figures.ProductSales;
import com.ocpizza.management.dashboard.Figures.Summary;
import com.ocpizza.management.system.ForbiddenException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards of one pizzeria (its manager, or an admin) or of the whole chain (admins, when no
 * pizzeria is given), over a day, an ISO week, a month or a custom range of business days.
 */
@RestController
@RequestMapping("/api/management/dashboard")
@Validated
class DashboardController {

  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

  private final DashboardQueries queries;
  private final Clock clock;

  DashboardController(DashboardQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * The query parameters every dashboard takes: the pizzeria (none for the whole chain), the kind
   * of period (DAY by default) and its day, or its first and last days.
   */
  record PeriodQuery(
      Long pizzeriaId,
      String period,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    PeriodQuery {
      period = period == null || period.isBlank() ? "DAY" : period;
    }
  }

  /** What a dashboard is about: a pizzeria the caller may see (or the chain) and a period. */
  record Scope(Long pizzeriaId, Period period) {}

  @GetMapping("/summary")
  Summary summary(Caller caller, PeriodQuery query) {
    Scope scope = scope(caller, query);
    return queries.summary(scope.pizzeriaId(), scope.period());
  }

  @GetMapping("/timeseries")
  List<DayPoint> series(Caller caller, PeriodQuery query) {
    Scope scope = scope(caller, query);
    return queries.series(scope.pizzeriaId(), scope.period());
  }

  @GetMapping("/timeseries.csv")
  ResponseEntity<byte[]> seriesCsv(Caller caller, PeriodQuery query) {
    return Csv.of(
        "timeseries",
        List.of("date", "orders", "revenueExclVat", "revenueInclVat", "costOfGoods", "grossMargin"),
        series(caller, query),
        p ->
            List.of(
                p.date(),
                p.orders(),
                p.revenueExclVat(),
                p.revenueInclVat(),
                p.costOfGoods(),
                p.grossMargin()));
  }

  @GetMapping("/top-products")
  List<ProductSales> topProducts(
      Caller caller,
      PeriodQuery query,
      @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
    Scope scope = scope(caller, query);
    return queries.topProducts(scope.pizzeriaId(), scope.period(), limit);
  }

  @GetMapping("/top-products.csv")
  ResponseEntity<byte[]> topProductsCsv(
      Caller caller,
      PeriodQuery query,
      @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
    return Csv.of(
        "top-products",
        List.of("productId", "productName", "quantity", "revenueExclVat", "revenueInclVat"),
        topProducts(caller, query, limit),
        p ->
            List.of(
                p.productId(),
                p.productName(),
                p.quantity(),
                p.revenueExclVat(),
                p.revenueInclVat()));
  }

  @GetMapping("/margins")
  List<ProductMargin> margins(Caller caller, PeriodQuery query) {
    Scope scope = scope(caller, query);
    return queries.margins(scope.pizzeriaId(), scope.period());
  }

  @GetMapping("/margins.csv")
  ResponseEntity<byte[]> marginsCsv(Caller caller, PeriodQuery query) {
    return Csv.of(
        "margins",
        List.of(
            "productId",
            "productName",
            "size",
            "quantity",
            "revenueExclVat",
            "costOfGoods",
            "grossMargin",
            "marginRate"),
        margins(caller, query),
        m ->
            java.util.Arrays.asList(
                m.productId(),
                m.productName(),
                m.size(),
                m.quantity(),
                m.revenueExclVat(),
                m.costOfGoods(),
                m.grossMargin(),
                m.marginRate()));
  }

  @GetMapping("/losses")
  List<Loss> losses(Caller caller, PeriodQuery query) {
    Scope scope = scope(caller, query);
    return queries.losses(scope.pizzeriaId(), scope.period());
  }

  @GetMapping("/losses.csv")
  ResponseEntity<byte[]> lossesCsv(Caller caller, PeriodQuery query) {
    return Csv.of(
        "losses",
        List.of("reason", "amount"),
        losses(caller, query),
        l -> List.of(l.reason(), l.amount()));
  }

  @GetMapping("/peak-hours")
  List<PeakCell> peaks(Caller caller, PeriodQuery query) {
    Scope scope = scope(caller, query);
    return queries.peaks(scope.pizzeriaId(), scope.period());
  }

  @GetMapping("/peak-hours.csv")
  ResponseEntity<byte[]> peaksCsv(Caller caller, PeriodQuery query) {
    return Csv.of(
        "peak-hours",
        List.of("dayOfWeek", "hour", "orders", "averagePerWeek"),
        peaks(caller, query),
        c -> List.of(c.dayOfWeek(), c.hour(), c.orders(), c.averagePerWeek()));
  }

  @GetMapping("/low-stock")
  List<LowStockAlert> lowStock(Caller caller, @RequestParam(required = false) Long pizzeriaId) {
    return queries.lowStock(pizzeria(caller, pizzeriaId));
  }

  private Scope scope(Caller caller, PeriodQuery query) {
    Period.Kind kind;
    try {
      kind = Period.Kind.valueOf(query.period().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Period.InvalidPeriodException("period", "must be DAY, WEEK, MONTH or CUSTOM");
    }
    Long pizzeria = pizzeria(caller, query.pizzeriaId());
    return new Scope(
        pizzeria,
        Period.of(
            kind,
            query.date(),
            query.from(),
            query.to(),
            LocalDate.now(clock.withZone(BUSINESS_ZONE))));
  }

  /** The pizzeria asked for, if the caller manages it; none means the chain (admins only). */
  private static Long pizzeria(Caller caller, Long pizzeriaId) {
    if (pizzeriaId == null) {
      if (caller.is(Role.ADMIN)) {
        return null;
      }
      if (caller.pizzeriaId() == null) {
        throw new ForbiddenException("Only head office sees the whole chain.");
      }
      return caller.pizzeriaId();
    }
    if (!caller.actsAt(pizzeriaId, Role.MANAGER)) {
      throw new ForbiddenException("You may only see the dashboards of your own pizzeria.");
    }
    return pizzeriaId;
  }
}
