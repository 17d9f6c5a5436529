package com.ocpizza.management.dashboard;

import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.management.document.DocumentStore;
import com.ocpizza.management.invoice.SellerProperties;
import com.ocpizza.management.system.ForbiddenException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly activity report of a pizzeria, for its manager and head office. The report of a
 * finished month is rendered once and kept in the document store; the month in progress is rendered
 * afresh on every request, its figures still moving.
 */
@Service
@Transactional(readOnly = true)
class MonthlyReports {

  private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");
  private static final int TOP_PRODUCTS = 8;

  /** A rendered report, and where the store keeps it when it is final. */
  record Document(String key, String fileName, byte[] bytes, boolean stored) {}

  private final DashboardQueries queries;
  private final MonthlyReportPdf pdf;
  private final DocumentStore store;
  private final SellerProperties seller;
  private final Clock clock;

  MonthlyReports(
      DashboardQueries queries,
      MonthlyReportPdf pdf,
      DocumentStore store,
      SellerProperties seller,
      Clock clock) {
    this.queries = queries;
    this.pdf = pdf;
    this.store = store;
    this.seller = seller;
    this.clock = clock;
  }

  Document document(Caller caller, long pizzeria, YearMonth month) {
    if (!caller.actsAt(pizzeria, Role.MANAGER)) {
      throw new ForbiddenException("You may only see the reports of your own pizzeria.");
    }
    YearMonth current = YearMonth.now(clock.withZone(BUSINESS_ZONE));
    if (month.isAfter(current)) {
      throw new Period.InvalidPeriodException("month", "must not be in the future");
    }
    String key = "reports/" + pizzeria + "/" + month + ".pdf";
    String fileName = "rapport-" + pizzeria + "-" + month + ".pdf";
    boolean complete = month.isBefore(current);
    if (!complete) {
      return new Document(key, fileName, pdf.render(report(pizzeria, month, false)), false);
    }
    byte[] bytes =
        store
            .get(key)
            .orElseGet(
                () -> {
                  byte[] rendered = pdf.render(report(pizzeria, month, true));
                  store.put(key, rendered);
                  return rendered;
                });
    return new Document(key, fileName, bytes, true);
  }

  MonthlyReport report(long pizzeria, YearMonth month, boolean complete) {
    Period period = new Period(month.atDay(1), month.atEndOfMonth());
    YearMonth before = month.minusMonths(1);
    Period previous = new Period(before.atDay(1), before.atEndOfMonth());
    SellerProperties.Outlet outlet = seller.outlet(pizzeria);
    return new MonthlyReport(
        pizzeria,
        outlet.name(),
        outlet.address(),
        month,
        complete,
        queries.kpis(pizzeria, period),
        queries.kpis(pizzeria, previous),
        queries.series(pizzeria, period),
        queries.topProducts(pizzeria, period, TOP_PRODUCTS),
        queries.losses(pizzeria, period),
        clock.instant());
  }
}
