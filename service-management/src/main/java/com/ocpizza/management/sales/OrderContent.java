package com.ocpizza.management.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What an order sold, as its last {@code OrderPlaced} or {@code OrderModified} event said: the
 * price snapshots every figure and document is made from.
 *
 * @param customerName shown on documents; null once the customer's data is erased
 * @param deliveryAddress one line; null for takeaway or when unknown
 */
public record OrderContent(
    String number,
    String customerName,
    String deliveryAddress,
    List<Line> lines,
    BigDecimal deliveryFee,
    BigDecimal totalExclVat,
    List<VatAmount> vatByRate,
    BigDecimal totalInclVat,
    String paymentMethod) {

  /** One order line at the prices it was sold at. */
  public record Line(
      long productId,
      String productName,
      String size,
      int count,
      BigDecimal unitPriceExclVat,
      BigDecimal vatRate,
      BigDecimal lineTotalExclVat,
      BigDecimal lineTotalInclVat) {}

  /** The VAT of one rate (a percentage, e.g. 10.0). */
  public record VatAmount(BigDecimal rate, BigDecimal amount) {}

  public OrderContent {
    lines = List.copyOf(lines);
    vatByRate = List.copyOf(vatByRate);
  }

  /** Reads the order shape of the order feed, lenient about numbers sent as strings. */
  static OrderContent from(JsonNode order) {
    List<Line> lines = new ArrayList<>();
    for (JsonNode line : order.path("lines")) {
      int count = (int) Json.number(line.path("count"));
      BigDecimal unit = Json.decimal(line.path("unitPriceExclVat"));
      BigDecimal rate = Json.decimal(line.path("vatRate"));
      BigDecimal excl =
          line.hasNonNull("lineTotalExclVat")
              ? Json.decimal(line.path("lineTotalExclVat"))
              : unit.multiply(BigDecimal.valueOf(count));
      BigDecimal incl =
          line.hasNonNull("lineTotalInclVat")
              ? Json.decimal(line.path("lineTotalInclVat"))
              : excl.add(excl.multiply(rate).movePointLeft(2)).setScale(2, RoundingMode.HALF_UP);
      lines.add(
          new Line(
              Json.number(line.path("productId")),
              Json.text(line.path("productName")),
              line.hasNonNull("size") ? Json.text(line.path("size")) : "UNIQUE",
              count,
              unit,
              rate,
              excl,
              incl));
    }
    return new OrderContent(
        Json.text(order.path("number")),
        customerName(order),
        address(order.path("deliveryAddress")),
        lines,
        Json.decimal(order.path("deliveryFee")),
        Json.decimal(order.path("totalExclVat")),
        vat(order.path("vatByRate")),
        Json.decimal(order.path("totalInclVat")),
        Json.text(order.path("paymentMethod")));
  }

  /** The same content without the customer's personal data. */
  OrderContent anonymised() {
    return new OrderContent(
        number,
        null,
        null,
        lines,
        deliveryFee,
        totalExclVat,
        vatByRate,
        totalInclVat,
        paymentMethod);
  }

  /** Sum of the lines excluding VAT (without the delivery fee). */
  public BigDecimal linesExclVat() {
    return lines.stream().map(Line::lineTotalExclVat).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Total VAT of the order. */
  public BigDecimal vat() {
    return totalInclVat.subtract(totalExclVat);
  }

  private static List<VatAmount> vat(JsonNode node) {
    Map<BigDecimal, BigDecimal> byRate = new TreeMap<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        byRate.merge(
            new BigDecimal(entry.getKey().trim()).stripTrailingZeros(),
            Json.decimal(entry.getValue()),
            BigDecimal::add);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode rate = item.has("rate") ? item.get("rate") : item.path("vatRate");
        JsonNode amount =
            item.has("amount")
                ? item.get("amount")
                : item.has("vat") ? item.get("vat") : item.path("vatAmount");
        byRate.merge(
            Json.decimal(rate).stripTrailingZeros(), Json.decimal(amount), BigDecimal::add);
      }
    }
    return byRate.entrySet().stream()
        .map(e -> new VatAmount(e.getKey().setScale(2), e.getValue()))
        .sorted(Comparator.comparing(VatAmount::rate))
        .toList();
  }

  private static String customerName(JsonNode order) {
    if (order.hasNonNull("customerName")) {
      return Json.text(order.get("customerName"));
    }
    JsonNode customer = order.path("customer");
    if (customer.isObject()) {
      if (customer.hasNonNull("name")) {
        return Json.text(customer.get("name"));
      }
      String name =
          String.join(
                  " ",
                  customer.path("firstName").asString(""),
                  customer.path("lastName").asString(""))
              .trim();
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  private static String address(JsonNode address) {
    if (address.isString()) {
      return address.asString();
    }
    if (!address.isObject()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String field : List.of("street", "line1", "line2", "complement")) {
      if (address.hasNonNull(field) && !address.get(field).asString("").isBlank()) {
        parts.add(address.get(field).asString());
      }
    }
    String city =
        (address.path("postcode").asString("") + " " + address.path("city").asString("")).trim();
    if (!city.isEmpty()) {
      parts.add(city);
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }
}
