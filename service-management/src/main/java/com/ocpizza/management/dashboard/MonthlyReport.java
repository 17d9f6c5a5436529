package com.ocpizza.management.dashboard;

import com.ocpizza.management.dashboard.Figures.DayPoint;
import com.ocpizza.management.dashboard.Figures.Kpis;
import com.ocpizza.management.dashboard.Figures.Loss;
import com.ocpizza.management.dashboard.Figures.ProductSales;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * What the monthly activity report of a pizzeria shows.
 *
 * @param complete false for the month in progress: its figures still move
 * @param days one point per business day with sales
 */
record MonthlyReport(
    long pizzeriaId,
    String pizzeriaName,
    String pizzeriaAddress,
    YearMonth month,
    boolean complete,
    Kpis current,
    Kpis previous,
    List<DayPoint> days,
    List<ProductSales> topProducts,
    List<Loss> losses,
    Instant generatedAt) {

  MonthlyReport {
    days = List.copyOf(days);
    topProducts = List.copyOf(topProducts);
    losses = List.copyOf(losses);
  }
}
