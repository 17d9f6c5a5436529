package com.ocpizza.stock.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * The French VAT rates a product may carry (DOMAIN): 10 % for food and drinks served for immediate
 * consumption, 5.5 % for sealed soft drinks and water, 20 % for alcohol.
 */
public enum VatRate {
  REDUCED("5.5"),
  INTERMEDIATE("10.0"),
  STANDARD("20.0");

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final BigDecimal percent;

  VatRate(String percent) {
    this.percent = new BigDecimal(percent);
  }

  /** The rate in percent, e.g. 5.5. */
  public BigDecimal percent() {
    return percent;
  }

  /** The rate whose percentage is the given number, if it is one of the French rates. */
  public static Optional<VatRate> ofPercent(BigDecimal percent) {
    return Arrays.stream(values()).filter(rate -> rate.percent.compareTo(percent) == 0).findFirst();
  }

  /** The price including this VAT, rounded to the cent. */
  public BigDecimal applyTo(BigDecimal priceExclVat) {
    return priceExclVat.multiply(HUNDRED.add(percent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }
}
