package com.ocpizza.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The events the order service publishes on its feed ({@code /internal/events}). Each carries the
 * order's public id and pizzeria, so live tracking can route it, and everything management needs
 * (sales, VAT per rate, times) so that no consumer ever calls back. Money is serialised as JSON
 * numbers with two decimals.
 */
public final class OrderEvents {

  private OrderEvents() {}

  /** A line as events carry it. */
  public record Line(
      long productId,
      String productName,
      Size size,
      int count,
      BigDecimal unitPriceExclVat,
      BigDecimal vatRate,
      BigDecimal lineTotalExclVat,
      BigDecimal lineTotalInclVat) {

    static List<Line> of(List<OrderLine> lines) {
      return lines.stream()
          .map(
              l ->
                  new Line(
                      l.productId(),
                      l.productName(),
                      l.size(),
                      l.count(),
                      l.unitPriceExclVat(),
                      l.vatRate(),
                      l.lineTotalExclVat(),
                      l.lineTotalInclVat()))
          .toList();
    }
  }

  /** A delivery address as it was when the order was placed or modified. */
  public record Address(
      String street, String complement, String postcode, String city, String instructions) {

    static Address of(DeliveryAddress address) {
      return address == null
          ? null
          : new Address(
              address.street(),
              address.complement(),
              address.postcode(),
              address.city(),
              address.instructions());
    }
  }

  /**
   * Stock was reserved: the order now exists for the pizzeria and the customer.
   *
   * @param customerName the name the customer is known by (null for an anonymous sale), for the
   *     invoice
   * @param deliveryAddress the address snapshot of a delivery (null for takeaway), for the invoice
   */
  public record OrderPlaced(
      String orderId,
      String number,
      String customerId,
      long pizzeriaId,
      Channel channel,
      Fulfilment fulfilment,
      Instant placedAt,
      List<Line> lines,
      BigDecimal deliveryFee,
      BigDecimal totalExclVat,
      Map<String, BigDecimal> vatByRate,
      BigDecimal totalInclVat,
      PaymentMethod paymentMethod,
      String deliveryPostcode,
      String customerName,
      Address deliveryAddress) {}

  /**
   * Lines or delivery address replaced before preparation; the name and address are the order's as
   * they now stand.
   */
  public record OrderModified(
      String orderId,
      String number,
      String customerId,
      long pizzeriaId,
      Instant at,
      List<Line> lines,
      BigDecimal deliveryFee,
      BigDecimal totalExclVat,
      Map<String, BigDecimal> vatByRate,
      BigDecimal totalInclVat,
      String deliveryPostcode,
      String customerName,
      Address deliveryAddress) {}

  /**
   * A step of the status history.
   *
   * @param fromSince when the order had entered {@code from} (null for the first step), so that the
   *     time spent in each status needs no other event
   */
  public record OrderStatusChanged(
      String orderId,
      String number,
      String customerId,
      long pizzeriaId,
      Fulfilment fulfilment,
      OrderStatus from,
      OrderStatus to,
      Instant at,
      String actor,
      String reason,
      Instant fromSince) {}

  /** Money taken or given back. */
  public record PaymentRecorded(
      String orderId,
      long pizzeriaId,
      PaymentMethod method,
      BigDecimal amount,
      PaymentStatus status,
      PaymentStatus orderPaymentStatus,
      Instant at) {}
}
