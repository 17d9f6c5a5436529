package com.ocpizza.order.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of an order with the catalogue's name, unit price excl. VAT and VAT rate copied at order
 * time. Its VAT is computed on the line total excl. VAT and rounded half-up to the cent, as French
 * invoices do per line; the order's VAT per rate is the sum of its lines' VAT.
 */
@Embeddable
public record OrderLine(
    @Column(name = "product_id") long productId,
    @Column(name = "product_name") String productName,
    @Enumerated(EnumType.STRING) @Column(name = "size") Size size,
    @Column(name = "item_count") int count,
    @Column(name = "unit_price_excl_vat") BigDecimal unitPriceExclVat,
    @Column(name = "vat_rate") BigDecimal vatRate,
    @Column(name = "line_total_excl_vat") BigDecimal lineTotalExclVat,
    @Column(name = "line_vat") BigDecimal lineVat) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A line priced from the catalogue: totals derived, never taken from outside. */
  public static OrderLine priced(
      long productId,
      String productName,
      Size size,
      int count,
      BigDecimal unitPriceExclVat,
      BigDecimal vatRate) {
    if (count < 1) {
      throw new IllegalArgumentException("A line holds at least one item");
    }
    BigDecimal total =
        unitPriceExclVat.multiply(BigDecimal.valueOf(count)).setScale(2, RoundingMode.HALF_UP);
    return new OrderLine(
        productId,
        productName,
        size,
        count,
        unitPriceExclVat.setScale(2, RoundingMode.HALF_UP),
        vatRate.setScale(2, RoundingMode.HALF_UP),
        total,
        vatOn(total, vatRate));
  }

  /** VAT on an amount excl. VAT at a rate in percent, rounded half-up to the cent. */
  static BigDecimal vatOn(BigDecimal exclVat, BigDecimal ratePercent) {
    return exclVat.multiply(ratePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  public BigDecimal lineTotalInclVat() {
    return lineTotalExclVat.add(lineVat);
  }
}
