package com.ocpizza.infra.cost;

import static com.ocpizza.infra.cost.PriceTable.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The monthly cost of one template, line by line, and how it compares with the original. */
public final class CostReport {

  private static final String ROW = "%-78s %9s %9s %9s %9s%n";

  private final String name;
  private final List<CostLine> lines;
  private final PriceTable prices;

  CostReport(String name, List<CostLine> lines, PriceTable prices) {
    this.name = name;
    this.lines = List.copyOf(lines);
    this.prices = prices;
  }

  public String name() {
    return name;
  }

  public List<CostLine> lines() {
    return lines;
  }

  public BigDecimal onDemandUsd(Category category) {
    return sum(category, CostLine::onDemandUsd);
  }

  public BigDecimal onDemandEur(Category category) {
    return prices.toEuros(onDemandUsd(category));
  }

  public BigDecimal totalOnDemandUsd() {
    return sum(null, CostLine::onDemandUsd);
  }

  public BigDecimal totalReservedUsd() {
    return sum(null, CostLine::reservedUsd);
  }

  public BigDecimal totalOnDemandEur() {
    return prices.toEuros(totalOnDemandUsd());
  }

  public BigDecimal totalReservedEur() {
    return prices.toEuros(totalReservedUsd());
  }

  /** The bill as a table: on demand, and with the always-on capacity reserved for a year. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("Monthly cost of the ").append(name).append(" placement, eu-west-3\n");
    out.append(prices.describe()).append("\n\n");
    out.append(String.format(ROW, "", "on demand", "", "reserved*", ""));
    out.append(String.format(ROW, "Item", "USD", "EUR", "USD", "EUR"));
    for (Category category : Category.values()) {
      List<CostLine> inCategory =
          lines.stream().filter(line -> line.category() == category).toList();
      if (inCategory.isEmpty()) {
        continue;
      }
      out.append(category.label()).append('\n');
      for (CostLine line : inCategory) {
        out.append(row("  " + line.item(), line.onDemandUsd(), line.reservedUsd()));
      }
      out.append(row("  subtotal", onDemandUsd(category), sum(category, CostLine::reservedUsd)));
    }
    out.append(row("Total per month", totalOnDemandUsd(), totalReservedUsd()));
    out.append(
        "* EC2 capacity that runs around the clock and the RDS instance on 1-year Standard"
            + " Reserved Instances, no upfront; the evening peak and everything else on demand.\n");
    return out.toString();
  }

  /** Line by line against the original technical document's 150.42 €/month, on demand. */
  public String comparisonWithOriginal() {
    String format = "%-32s %12s %16s %12s%n";
    StringBuilder out = new StringBuilder();
    out.append("Compared with the original estimate (")
        .append(Category.ORIGINAL_TOTAL_EUR)
        .append(" €/month), on demand, in euros\n");
    out.append(String.format(format, "Line", "original", "this definition", "difference"));
    BigDecimal originalLines = BigDecimal.ZERO;
    for (Category category : Category.values()) {
      BigDecimal computed = onDemandEur(category);
      if (category.originalEur().isPresent()) {
        BigDecimal original = category.originalEur().get();
        originalLines = originalLines.add(computed);
        out.append(
            String.format(
                format,
                category.label(),
                money(original),
                money(computed),
                signed(computed.subtract(original))));
      }
    }
    out.append(
        String.format(
            format,
            "Same lines, together",
            money(Category.ORIGINAL_TOTAL_EUR),
            money(originalLines),
            signed(originalLines.subtract(Category.ORIGINAL_TOTAL_EUR))));
    for (Category category : Category.values()) {
      if (category.originalEur().isEmpty()) {
        BigDecimal computed = onDemandEur(category);
        out.append(String.format(format, category.label(), "-", money(computed), signed(computed)));
      }
    }
    out.append(
        String.format(
            format,
            "Total",
            money(Category.ORIGINAL_TOTAL_EUR),
            money(totalOnDemandEur()),
            signed(totalOnDemandEur().subtract(Category.ORIGINAL_TOTAL_EUR))));
    return out.toString();
  }

  private String row(String label, BigDecimal onDemandUsd, BigDecimal reservedUsd) {
    return String.format(
        ROW,
        label.length() > 78 ? label.substring(0, 77) + "…" : label,
        money(onDemandUsd),
        money(prices.toEuros(onDemandUsd)),
        money(reservedUsd),
        money(prices.toEuros(reservedUsd)));
  }

  private BigDecimal sum(Category category, Function<CostLine, BigDecimal> amount) {
    return lines.stream()
        .filter(line -> category == null || line.category() == category)
        .map(amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static String signed(BigDecimal amount) {
    return (amount.signum() > 0 ? "+" : "") + money(amount);
  }
}
