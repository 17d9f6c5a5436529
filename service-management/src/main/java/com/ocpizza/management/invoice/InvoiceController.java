package com.ocpizza.management.invoice;

import com.ocpizza.common.security.Caller;
import com.ocpizza.management.document.DocumentStore;
import com.ocpizza.management.invoice.Invoices.InvoiceSummary;
import com.ocpizza.management.invoice.ProFormas.QuoteCreated;
import com.ocpizza.management.invoice.ProFormas.QuoteRequest;
import com.ocpizza.management.invoice.ProFormas.QuoteSummary;
import com.ocpizza.management.sales.CustomerAccounts;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices, credit notes, pro-formas and quotes. */
@RestController
@RequestMapping("/api/management")
class InvoiceController {

  private final Invoices invoices;
  private final ProFormas proFormas;
  private final CustomerAccounts accounts;
  private final DocumentStore store;

  InvoiceController(
      Invoices invoices, ProFormas proFormas, CustomerAccounts accounts, DocumentStore store) {
    this.invoices = invoices;
    this.proFormas = proFormas;
    this.accounts = accounts;
    this.store = store;
  }

  @GetMapping("/invoices/mine")
  List<InvoiceSummary> mine(Caller caller) {
    return invoices.mine(caller);
  }

  @GetMapping("/invoices")
  List<InvoiceSummary> list(Caller caller, @RequestParam(required = false) Long pizzeriaId) {
    return invoices.of(pizzeriaId, caller);
  }

  /** The PDF; where the store can give a short-lived direct link (S3), a redirect to it. */
  @GetMapping("/invoices/{number}/pdf")
  ResponseEntity<byte[]> pdf(Caller caller, @PathVariable String number) {
    Invoices.Document document = invoices.document(number, caller);
    return store
        .downloadLink(document.key())
        .map(link -> ResponseEntity.status(HttpStatus.FOUND).location(link).<byte[]>build())
        .orElseGet(() -> pdf(document.fileName(), document.bytes()));
  }

  @PostMapping("/invoices/{number}/credit-notes")
  ResponseEntity<Map<String, String>> creditNote(Caller caller, @PathVariable String number) {
    String credit = invoices.creditNote(number, caller);
    return ResponseEntity.created(URI.create("/api/management/invoices/" + credit + "/pdf"))
        .body(Map.of("number", credit, "corrects", number));
  }

  @GetMapping("/orders/{orderId}/pro-forma")
  ResponseEntity<byte[]> proForma(Caller caller, @PathVariable String orderId) {
    return pdf(
        "pro-forma-" + orderId + ".pdf",
        proFormas.ofOrder(orderId, caller, accounts.customerIdsOf(caller.userId())));
  }

  @PostMapping("/quotes")
  ResponseEntity<QuoteCreated> quote(Caller caller, @Valid @RequestBody QuoteRequest request) {
    QuoteCreated quote = proFormas.quote(request, caller);
    return ResponseEntity.created(
            URI.create("/api/management/quotes/" + quote.reference() + "/pdf"))
        .body(quote);
  }

  @GetMapping("/quotes")
  List<QuoteSummary> quotes(Caller caller, @RequestParam(required = false) Long pizzeriaId) {
    return proFormas.quotes(pizzeriaId, caller);
  }

  @GetMapping("/quotes/{reference}/pdf")
  ResponseEntity<byte[]> quotePdf(Caller caller, @PathVariable String reference) {
    return pdf(reference + ".pdf", proFormas.quotePdf(reference, caller));
  }

  private static ResponseEntity<byte[]> pdf(String fileName, byte[] bytes) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
        .body(bytes);
  }
}
