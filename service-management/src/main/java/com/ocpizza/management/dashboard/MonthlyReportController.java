package com.ocpizza.management.dashboard;

import com.ocpizza.common.security.Caller;
import com.ocpizza.management.document.DocumentStore;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly activity report of a pizzeria as a PDF: its manager, or an admin. */
@RestController
class MonthlyReportController {

  private final MonthlyReports reports;
  private final DocumentStore store;

  MonthlyReportController(MonthlyReports reports, DocumentStore store) {
    this.reports = reports;
    this.store = store;
  }

  /**
   * The report of a month ({@code 2026-10}); a kept report may be a redirect to a short-lived link
   * of the document store (S3).
   */
  @GetMapping("/api/management/reports/monthly")
  ResponseEntity<byte[]> monthly(
      Caller caller,
      @RequestParam long pizzeriaId,
      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
    MonthlyReports.Document report = reports.document(caller, pizzeriaId, month);
    if (report.stored()) {
      var link = store.downloadLink(report.key());
      if (link.isPresent()) {
        return ResponseEntity.status(HttpStatus.FOUND).location(link.get()).build();
      }
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + report.fileName() + "\"")
        .body(report.bytes());
  }
}
