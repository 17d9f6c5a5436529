package com.ocpizza.management;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Payloads of the order and stock feeds, shaped as their publishers send them. */
public final class OrderMother {

  private OrderMother() {}

  /** A line; amounts are given as strings or numbers alike by publishers, so both are used. */
  public static String line(
      long productId, String name, String size, int count, String unit, String rate) {
    java.math.BigDecimal excl =
        new java.math.BigDecimal(unit).multiply(java.math.BigDecimal.valueOf(count));
    java.math.BigDecimal incl =
        excl.add(excl.multiply(new java.math.BigDecimal(rate)).movePointLeft(2))
            .setScale(2, java.math.RoundingMode.HALF_UP);
    return String.format(
        Locale.ROOT,
        "{\"productId\":%d,\"productName\":\"%s\",\"size\":\"%s\",\"count\":%d,"
            + "\"unitPriceExclVat\":\"%s\",\"vatRate\":%s,\"lineTotalExclVat\":%s,"
            + "\"lineTotalInclVat\":\"%s\"}",
        productId,
        name,
        size,
        count,
        unit,
        rate,
        excl.toPlainString(),
        incl.toPlainString());
  }

  /**
   * An OrderPlaced (or OrderModified) payload as the order service sends it: a registered
   * customer's display name and the delivery address snapshot (with instructions for the courier).
   */
  public static String order(
      String orderId,
      long pizzeria,
      String customerId,
      String channel,
      String fulfilment,
      String placedAt,
      String deliveryFee,
      String totalExcl,
      String vatByRate,
      String totalIncl,
      String paymentMethod,
      List<String> lines) {
    return String.format(
        Locale.ROOT,
        "{\"orderId\":\"%s\",\"number\":\"P%d-%s\",\"customerId\":%s,\"pizzeriaId\":\"%d\","
            + "\"channel\":\"%s\",\"fulfilment\":\"%s\",\"placedAt\":\"%s\",\"lines\":[%s],"
            + "\"deliveryFee\":\"%s\",\"totalExclVat\":%s,\"vatByRate\":%s,"
            + "\"totalInclVat\":\"%s\",\"paymentMethod\":\"%s\","
            + "\"customerName\":%s,\"deliveryAddress\":%s}",
        orderId,
        pizzeria,
        orderId.substring(0, Math.min(8, orderId.length())),
        customerId == null ? "null" : "\"" + customerId + "\"",
        pizzeria,
        channel,
        fulfilment,
        placedAt,
        lines.stream().collect(Collectors.joining(",")),
        deliveryFee,
        totalExcl,
        vatByRate,
        totalIncl,
        paymentMethod,
        customerId == null ? "null" : "\"Léa Martin\"",
        "DELIVERY".equals(fulfilment)
            ? "{\"street\":\"5 rue des Lilas\",\"complement\":null,\"postcode\":\"75011\","
                + "\"city\":\"Paris\",\"instructions\":\"Digicode 4521\"}"
            : "null");
  }

  public static String status(String orderId, long pizzeria, String from, String to, String at) {
    return String.format(
        Locale.ROOT,
        "{\"orderId\":\"%s\",\"pizzeriaId\":%d,\"from\":\"%s\",\"to\":\"%s\",\"at\":\"%s\","
            + "\"actor\":\"staff\",\"reason\":null}",
        orderId,
        pizzeria,
        from,
        to,
        at);
  }

  public static String payment(String orderId, long pizzeria, String method, String amount) {
    return String.format(
        Locale.ROOT,
        "{\"orderId\":\"%s\",\"pizzeriaId\":%d,\"method\":\"%s\",\"amount\":\"%s\","
            + "\"status\":\"PAID\",\"at\":\"2026-11-20T20:00:00Z\"}",
        orderId,
        pizzeria,
        method,
        amount);
  }

  /** A StockMoved payload; the quantity is signed, the unit cost the ingredient's at that time. */
  public static String moved(
      long pizzeria,
      long ingredient,
      String quantity,
      String unitCost,
      String reason,
      String orderId,
      String at) {
    return String.format(
        Locale.ROOT,
        "{\"movementId\":%d,\"pizzeriaId\":%d,\"ingredientId\":%d,\"ingredientName\":\"I%d\","
            + "\"unit\":\"g\",\"quantity\":%s,\"unitCost\":\"%s\",\"reason\":\"%s\","
            + "\"orderId\":%s,\"actor\":\"system\",\"occurredAt\":\"%s\"}",
        System.nanoTime(),
        pizzeria,
        ingredient,
        ingredient,
        quantity,
        unitCost,
        reason,
        orderId == null ? "null" : "\"" + orderId + "\"",
        at);
  }
}
