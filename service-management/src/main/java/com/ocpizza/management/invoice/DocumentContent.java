package com.ocpizza.management.invoice;

import com.ocpizza.management.sales.OrderContent;
import com.ocpizza.management.sales.OrderContent.VatAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a document prints, frozen when it is issued: an invoice is rendered from this snapshot
 * forever, whatever changes afterwards (prices, names, erasure).
 *
 * @param number the gap-free number; null for a pro-forma
 * @param reference the order number or quote reference
 * @param correctsNumber for a credit note, the invoice it corrects
 */
record DocumentContent(
    Kind kind,
    String number,
    String reference,
    Instant issuedAt,
    LocalDate saleDate,
    Seller seller,
    String customerName,
    String deliveryAddress,
    List<Line> lines,
    List<VatAmount> vatByRate,
    BigDecimal totalExclVat,
    BigDecimal totalInclVat,
    String paymentMethod,
    String correctsNumber) {

  enum Kind {
    INVOICE,
    CREDIT_NOTE,
    PRO_FORMA
  }

  record Seller(
      String companyName,
      String legalForm,
      String siren,
      String siret,
      String vatNumber,
      String headOffice,
      String outletName,
      String outletAddress) {}

  record Line(
      int quantity,
      String designation,
      BigDecimal unitPriceExclVat,
      BigDecimal vatRate,
      BigDecimal totalExclVat) {}

  DocumentContent {
    lines = List.copyOf(lines);
    vatByRate = List.copyOf(vatByRate);
  }

  /** The lines of an order, its delivery fee as a line of its own. */
  static List<Line> linesOf(OrderContent order) {
    List<Line> lines = new ArrayList<>();
    for (OrderContent.Line line : order.lines()) {
      String size = "UNIQUE".equals(line.size()) ? "" : " (" + sizeName(line.size()) + ")";
      lines.add(
          new Line(
              line.count(),
              line.productName() + size,
              line.unitPriceExclVat(),
              line.vatRate(),
              line.lineTotalExclVat()));
    }
    if (order.deliveryFee().signum() != 0) {
      // The delivery is accessory to the meal and follows its rate.
      lines.add(
          new Line(
              1,
              "Frais de livraison",
              order.deliveryFee(),
              new BigDecimal("10.0"),
              order.deliveryFee()));
    }
    return lines;
  }

  /** The same document with every amount negated, as a credit note of this invoice. */
  DocumentContent creditNote(String creditNumber, Instant at) {
    return new DocumentContent(
        Kind.CREDIT_NOTE,
        creditNumber,
        reference,
        at,
        saleDate,
        seller,
        customerName,
        deliveryAddress,
        lines.stream()
            .map(
                l ->
                    new Line(
                        -l.quantity(),
                        l.designation(),
                        l.unitPriceExclVat(),
                        l.vatRate(),
                        l.totalExclVat().negate()))
            .toList(),
        vatByRate.stream().map(v -> new VatAmount(v.rate(), v.amount().negate())).toList(),
        totalExclVat.negate(),
        totalInclVat.negate(),
        paymentMethod,
        number);
  }

  private static String sizeName(String size) {
    return switch (size) {
      case "SMALL" -> "petite";
      case "MEDIUM" -> "moyenne";
      case "LARGE" -> "grande";
      default -> size.toLowerCase(java.util.Locale.ROOT);
    };
  }
}
