package com.ocpizza.management.invoice;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.management.document.DocumentStore;
import com.ocpizza.management.invoice.DocumentContent.Kind;
import com.ocpizza.management.sales.CustomerAccounts;
import com.ocpizza.management.sales.OrderFinished;
import com.ocpizza.management.sales.SoldOrder;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues invoices and credit notes. Numbers come from a counter row locked in the transaction that
 * inserts the document, so whatever the number of replicas they follow each other without gap or
 * duplicate (a rolled-back issue gives its number back). Documents are never updated or deleted.
 */
@Service
@Transactional
class Invoices {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A line of an invoice list. */
  record InvoiceSummary(
      String number,
      String kind,
      String orderId,
      long pizzeriaId,
      Instant issuedAt,
      BigDecimal totalExclVat,
      BigDecimal totalInclVat,
      String correctsNumber) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final SellerProperties seller;
  private final CustomerAccounts accounts;
  private final DocumentStore store;
  private final DocumentPdf pdf;
  private final Clock clock;

  Invoices(
      JdbcClient jdbc,
      JsonMapper json,
      SellerProperties seller,
      CustomerAccounts accounts,
      DocumentStore store,
      DocumentPdf pdf,
      Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.seller = seller;
    this.accounts = accounts;
    this.store = store;
    this.pdf = pdf;
    this.clock = clock;
  }

  /** An order handed over and paid is invoiced, once, in the feed transaction. */
  @EventListener
  void onOrderFinished(OrderFinished finished) {
    issue(finished.order());
  }

  /** Issues the invoice of a finished order unless it has one; returns its number. */
  String issue(SoldOrder order) {
    long next = lockCounter("INVOICE");
    Optional<String> existing =
        jdbc.sql("SELECT number FROM invoice WHERE order_id = ? AND kind = 'INVOICE'")
            .param(order.orderId())
            .query(String.class)
            .optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    String number = "FA-" + String.format("%06d", next);
    Instant now = clock.instant();
    DocumentContent content = content(order, Kind.INVOICE, number, now);
    insert(content, "INVOICE", next, order.orderId(), order.pizzeriaId(), order.customerId());
    return number;
  }

  /** Corrects an invoice by a credit note of its full amount; an invoice is credited once. */
  String creditNote(String invoiceNumber, Caller caller) {
    Stored invoice = stored(invoiceNumber, caller);
    if (invoice.content().kind() != Kind.INVOICE) {
      throw new ConflictException("Only an invoice can be credited.");
    }
    long next = lockCounter("CREDIT_NOTE");
    boolean credited =
        jdbc.sql("SELECT COUNT(*) FROM invoice WHERE corrects_number = ?")
                .param(invoiceNumber)
                .query(Long.class)
                .single()
            > 0;
    if (credited) {
      throw new ConflictException("Invoice " + invoiceNumber + " already has a credit note.");
    }
    String number = "AV-" + String.format("%06d", next);
    DocumentContent credit = invoice.content().creditNote(number, clock.instant());
    insert(
        credit, "CREDIT_NOTE", next, invoice.orderId(), invoice.pizzeriaId(), invoice.customerId());
    return number;
  }

  @Transactional(readOnly = true)
  List<InvoiceSummary> mine(Caller caller) {
    List<String> customers = accounts.customerIdsOf(caller.userId());
    if (customers.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM invoice WHERE customer_id IN (:ids) ORDER BY issued_at DESC, id DESC")
        .param("ids", customers)
        .query((rs, n) -> summary(rs))
        .list();
  }

  @Transactional(readOnly = true)
  List<InvoiceSummary> of(Long pizzeria, Caller caller) {
    DocumentScope scope = DocumentScope.of(pizzeria, caller, "invoices");
    return jdbc.sql("SELECT * FROM invoice" + scope.where() + " ORDER BY id DESC LIMIT 500")
        .params(scope.parameters())
        .query((rs, n) -> summary(rs))
        .list();
  }

  /** The PDF of an invoice or credit note, rendered once from its snapshot and then kept. */
  @Transactional(readOnly = true)
  Document document(String number, Caller caller) {
    Stored invoice = stored(number, caller);
    String key = "invoices/" + number + ".pdf";
    byte[] bytes =
        store
            .get(key)
            .orElseGet(
                () -> {
                  byte[] rendered = pdf.render(invoice.content());
                  store.put(key, rendered);
                  return rendered;
                });
    return new Document(key, number + ".pdf", bytes);
  }

  /** A PDF to send, and where the store keeps it. */
  record Document(String key, String fileName, byte[] bytes) {}

  DocumentContent content(SoldOrder order, Kind kind, String number, Instant issuedAt) {
    SellerProperties.Outlet outlet = seller.outlet(order.pizzeriaId());
    Instant sale = order.finishedAt() == null ? order.placedAt() : order.finishedAt();
    return new DocumentContent(
        kind,
        number,
        order.content().number() == null ? order.orderId() : order.content().number(),
        issuedAt,
        sale.atZone(PARIS).toLocalDate(),
        seller(outlet),
        customerName(order),
        deliveryAddress(order),
        DocumentContent.linesOf(order.content()),
        order.content().vatByRate(),
        order.content().totalExclVat(),
        order.content().totalInclVat(),
        order.content().paymentMethod(),
        null);
  }

  /**
   * The customer as the order named them; orders placed before the order service sent names, and
   * customers erased since, still get a readable document.
   */
  private static String customerName(SoldOrder order) {
    if (order.content().customerName() != null) {
      return order.content().customerName();
    }
    return order.customerId() == null ? null : "Client particulier";
  }

  private static String deliveryAddress(SoldOrder order) {
    if (!"DELIVERY".equals(order.fulfilment())) {
      return null;
    }
    return order.content().deliveryAddress() == null
        ? "adresse non communiquée"
        : order.content().deliveryAddress();
  }

  DocumentContent.Seller seller(SellerProperties.Outlet outlet) {
    return new DocumentContent.Seller(
        seller.companyName(),
        seller.legalForm(),
        seller.siren(),
        outlet.siret(),
        seller.vatNumber(),
        seller.headOffice(),
        outlet.name(),
        outlet.address());
  }

  private long lockCounter(String series) {
    long last =
        jdbc.sql("SELECT last_value FROM document_counter WHERE series = ? FOR UPDATE")
            .param(series)
            .query(Long.class)
            .single();
    jdbc.sql("UPDATE document_counter SET last_value = ? WHERE series = ?")
        .params(last + 1, series)
        .update();
    return last + 1;
  }

  private void insert(
      DocumentContent content,
      String series,
      long value,
      String orderId,
      long pizzeria,
      String customerId) {
    jdbc.sql(
            "INSERT INTO invoice (kind, series, sequence_value, number, order_id, corrects_number,"
                + " pizzeria_id, customer_id, issued_at, total_excl_vat, total_incl_vat, content)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            content.kind().name(),
            series,
            value,
            content.number(),
            orderId,
            content.correctsNumber(),
            pizzeria,
            customerId,
            LocalDateTime.ofInstant(content.issuedAt(), ZoneOffset.UTC),
            content.totalExclVat(),
            content.totalInclVat(),
            json.writeValueAsString(content))
        .update();
  }

  private record Stored(
      String orderId, long pizzeriaId, String customerId, DocumentContent content) {}

  private Stored stored(String number, Caller caller) {
    Stored invoice =
        jdbc.sql("SELECT order_id, pizzeria_id, customer_id, content FROM invoice WHERE number = ?")
            .param(number)
            .query(
                (rs, n) ->
                    new Stored(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        json.readValue(rs.getString(4), DocumentContent.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("No invoice " + number + "."));
    boolean allowed =
        caller.actsAt(invoice.pizzeriaId(), Role.MANAGER)
            || (caller.is(Role.CUSTOMER)
                && invoice.customerId() != null
                && accounts.customerIdsOf(caller.userId()).contains(invoice.customerId()));
    if (!allowed) {
      // Customers must not learn that someone else's invoice exists.
      throw new NotFoundException("No invoice " + number + ".");
    }
    return invoice;
  }

  private static InvoiceSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp issued = rs.getTimestamp("issued_at");
    return new InvoiceSummary(
        rs.getString("number"),
        rs.getString("kind"),
        rs.getString("order_id"),
        rs.getLong("pizzeria_id"),
        issued.toLocalDateTime().toInstant(ZoneOffset.UTC),
        rs.getBigDecimal("total_excl_vat"),
        rs.getBigDecimal("total_incl_vat"),
        rs.getString("corrects_number"));
  }
}
