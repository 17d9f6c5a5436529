package com.ocpizza.management.invoice;

import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.management.invoice.DocumentContent.Kind;
import com.ocpizza.management.sales.OrderContent.VatAmount;
import com.ocpizza.management.sales.Sales;
import com.ocpizza.management.sales.SoldOrder;
import com.ocpizza.management.system.ForbiddenException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pro-formas: for orders paid on delivery or at pickup (before they are invoiced), and for quotes a
 * manager prepares for a customer. They carry no invoice number and are not kept as invoices.
 */
@Service
@Transactional
class ProFormas {

  /** A quote asked by a customer, e.g. 40 pizzas for a company. */
  record QuoteRequest(
      @NotNull Long pizzeriaId,
      @NotBlank @Size(max = 200) String customerName,
      @Size(max = 400) String deliveryAddress,
      @NotEmpty @Size(max = 100) List<@Valid QuoteLine> lines) {}

  record QuoteLine(
      @Min(1) int quantity,
      @NotBlank @Size(max = 120) String designation,
      @NotNull @DecimalMin("0.00") BigDecimal unitPriceExclVat,
      @NotNull @DecimalMin("0.0") BigDecimal vatRate) {}

  record QuoteCreated(String reference, BigDecimal totalExclVat, BigDecimal totalInclVat) {}

  /** A line of the list of quotes: whom it is for, when it was made and its totals. */
  record QuoteSummary(
      String reference,
      long pizzeriaId,
      String customerName,
      Instant createdAt,
      BigDecimal totalExclVat,
      BigDecimal totalInclVat) {}

  private final Sales sales;
  private final Invoices invoices;
  private final DocumentPdf pdf;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final SellerProperties seller;
  private final Clock clock;

  ProFormas(
      Sales sales,
      Invoices invoices,
      DocumentPdf pdf,
      JdbcClient jdbc,
      JsonMapper json,
      SellerProperties seller,
      Clock clock) {
    this.sales = sales;
    this.invoices = invoices;
    this.pdf = pdf;
    this.jdbc = jdbc;
    this.json = json;
    this.seller = seller;
    this.clock = clock;
  }

  /** The pro-forma of an order, for its customer or the staff of its pizzeria. */
  @Transactional(readOnly = true)
  byte[] ofOrder(String orderId, Caller caller, List<String> callerCustomerIds) {
    SoldOrder order =
        sales.find(orderId).orElseThrow(() -> new NotFoundException("No order " + orderId + "."));
    boolean allowed =
        caller.actsAt(order.pizzeriaId(), Role.COUNTER, Role.MANAGER)
            || (caller.is(Role.CUSTOMER)
                && order.customerId() != null
                && callerCustomerIds.contains(order.customerId()));
    if (!allowed) {
      throw new NotFoundException("No order " + orderId + ".");
    }
    return pdf.render(invoices.content(order, Kind.PRO_FORMA, null, clock.instant()));
  }

  QuoteCreated quote(QuoteRequest request, Caller caller) {
    if (!caller.actsAt(request.pizzeriaId(), Role.MANAGER)) {
      throw new ForbiddenException("You may only quote for your own pizzeria.");
    }
    List<DocumentContent.Line> lines =
        request.lines().stream()
            .map(
                l -> {
                  BigDecimal total =
                      l.unitPriceExclVat()
                          .multiply(BigDecimal.valueOf(l.quantity()))
                          .setScale(2, RoundingMode.HALF_UP);
                  return new DocumentContent.Line(
                      l.quantity(), l.designation(), l.unitPriceExclVat(), l.vatRate(), total);
                })
            .toList();
    Map<BigDecimal, BigDecimal> base = new TreeMap<>();
    lines.forEach(
        l ->
            base.merge(
                l.vatRate().setScale(2, RoundingMode.HALF_UP), l.totalExclVat(), BigDecimal::add));
    List<VatAmount> vat =
        base.entrySet().stream()
            .map(
                e ->
                    new VatAmount(
                        e.getKey(),
                        e.getValue()
                            .multiply(e.getKey())
                            .movePointLeft(2)
                            .setScale(2, RoundingMode.HALF_UP)))
            .toList();
    BigDecimal excl =
        lines.stream()
            .map(DocumentContent.Line::totalExclVat)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal incl =
        excl.add(vat.stream().map(VatAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    Instant now = clock.instant();
    String reference = "DV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    DocumentContent content =
        new DocumentContent(
            Kind.PRO_FORMA,
            null,
            reference,
            now,
            now.atZone(Invoices.PARIS).toLocalDate(),
            invoices.seller(seller.outlet(request.pizzeriaId())),
            request.customerName(),
            request.deliveryAddress(),
            lines,
            vat,
            excl,
            incl,
            null,
            null);
    jdbc.sql(
            "INSERT INTO quote (reference, pizzeria_id, created_by, created_at, content)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            reference,
            request.pizzeriaId(),
            caller.userId(),
            LocalDateTime.ofInstant(now, ZoneOffset.UTC),
            json.writeValueAsString(content))
        .update();
    return new QuoteCreated(reference, excl, incl);
  }

  /**
   * The newest quotes of a pizzeria (a manager's own by default), or of the whole chain for the
   * head office.
   */
  @Transactional(readOnly = true)
  List<QuoteSummary> quotes(Long pizzeria, Caller caller) {
    DocumentScope scope = DocumentScope.of(pizzeria, caller, "quotes");
    return jdbc.sql(
            "SELECT reference, pizzeria_id, created_at, content FROM quote"
                + scope.where()
                + " ORDER BY created_at DESC, id DESC LIMIT 100")
        .params(scope.parameters())
        .query(
            (rs, n) -> {
              DocumentContent content =
                  json.readValue(rs.getString("content"), DocumentContent.class);
              return new QuoteSummary(
                  rs.getString("reference"),
                  rs.getLong("pizzeria_id"),
                  content.customerName(),
                  rs.getTimestamp("created_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                  content.totalExclVat(),
                  content.totalInclVat());
            })
        .list();
  }

  @Transactional(readOnly = true)
  byte[] quotePdf(String reference, Caller caller) {
    record Row(long pizzeria, String content) {}
    Row row =
        jdbc.sql("SELECT pizzeria_id, content FROM quote WHERE reference = ?")
            .param(reference)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
            .optional()
            .filter(r -> caller.actsAt(r.pizzeria(), Role.MANAGER))
            .orElseThrow(() -> new NotFoundException("No quote " + reference + "."));
    return pdf.render(json.readValue(row.content(), DocumentContent.class));
  }
}
