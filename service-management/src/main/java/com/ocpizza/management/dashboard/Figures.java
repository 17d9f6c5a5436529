package com.ocpizza.management.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The answers of the dashboards: amounts in euros, durations in whole minutes. */
final class Figures {

  private Figures() {}

  record VatLine(BigDecimal rate, BigDecimal amount) {}

  record StageTimes(String stage, long orders, Integer p50Minutes, Integer p90Minutes) {}

  record Kpis(
      long orders,
      BigDecimal revenueExclVat,
      BigDecimal vat,
      BigDecimal revenueInclVat,
      List<VatLine> vatByRate,
      BigDecimal costOfGoods,
      BigDecimal grossMargin,
      BigDecimal marginRate,
      BigDecimal losses,
      BigDecimal averageBasketInclVat,
      BigDecimal averageBasketExclVat,
      List<StageTimes> times) {}

  /**
   * KPIs of a period beside those of the period of the same length just before.
   *
   * @param changes relative change in percent of each figure; absent when the previous is zero
   */
  record Summary(
      Long pizzeriaId,
      LocalDate from,
      LocalDate to,
      Kpis current,
      LocalDate previousFrom,
      LocalDate previousTo,
      Kpis previous,
      Map<String, BigDecimal> changes) {}

  record DayPoint(
      LocalDate date,
      long orders,
      BigDecimal revenueExclVat,
      BigDecimal revenueInclVat,
      BigDecimal costOfGoods,
      BigDecimal grossMargin) {}

  record ProductSales(
      long productId,
      String productName,
      long quantity,
      BigDecimal revenueExclVat,
      BigDecimal revenueInclVat) {}

  record ProductMargin(
      long productId,
      String productName,
      String size,
      long quantity,
      BigDecimal revenueExclVat,
      BigDecimal costOfGoods,
      BigDecimal grossMargin,
      BigDecimal marginRate) {}

  record Loss(String reason, BigDecimal amount) {}

  /**
   * Orders placed in one hour of one weekday.
   *
   * @param dayOfWeek 1 = Monday … 7 = Sunday
   */
  record PeakCell(int dayOfWeek, int hour, long orders, BigDecimal averagePerWeek) {}

  record LowStockAlert(
      long pizzeriaId,
      long ingredientId,
      String ingredientName,
      BigDecimal quantity,
      BigDecimal threshold,
      Instant raisedAt) {}
}
