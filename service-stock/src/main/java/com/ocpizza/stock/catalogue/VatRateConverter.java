package com.ocpizza.stock.catalogue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores a VAT rate as its percentage, e.g. 5.50, so reports can compute with the column. */
@Converter
class VatRateConverter implements AttributeConverter<VatRate, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(VatRate rate) {
    return rate == null ? null : rate.percent();
  }

  @Override
  public VatRate convertToEntityAttribute(BigDecimal percent) {
    return percent == null
        ? null
        : VatRate.ofPercent(percent)
            .orElseThrow(() -> new IllegalStateException("Unknown VAT rate " + percent));
  }
}
