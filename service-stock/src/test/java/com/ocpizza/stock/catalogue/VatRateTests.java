package com.ocpizza.stock.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VatRateTests {

  @Test
  void knowsTheThreeFrenchRatesWhateverTheScale() {
    assertThat(VatRate.ofPercent(new BigDecimal("10"))).contains(VatRate.INTERMEDIATE);
    assertThat(VatRate.ofPercent(new BigDecimal("5.50"))).contains(VatRate.REDUCED);
    assertThat(VatRate.ofPercent(new BigDecimal("20.0"))).contains(VatRate.STANDARD);
    assertThat(VatRate.ofPercent(new BigDecimal("19.6"))).isEmpty();
  }

  @Test
  void addsVatRoundedHalfUpToTheCent() {
    assertThat(VatRate.INTERMEDIATE.applyTo(new BigDecimal("8.18")))
        .isEqualTo(new BigDecimal("9.00"));
    assertThat(VatRate.REDUCED.applyTo(new BigDecimal("2.37"))).isEqualTo(new BigDecimal("2.50"));
    assertThat(VatRate.STANDARD.applyTo(new BigDecimal("2.92"))).isEqualTo(new BigDecimal("3.50"));
    assertThat(VatRate.INTERMEDIATE.applyTo(new BigDecimal("9.55")))
        .isEqualTo(new BigDecimal("10.51"));
  }
}
