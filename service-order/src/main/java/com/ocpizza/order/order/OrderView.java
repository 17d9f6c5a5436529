package com.ocpizza.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An order as its customer and the pizzeria's staff see it. */
public record OrderView(
    String id,
    String number,
    long pizzeriaId,
    Channel channel,
    Fulfilment fulfilment,
    OrderStatus status,
    PaymentMethod paymentMethod,
    PaymentStatus paymentStatus,
    boolean finished,
    Customer customer,
    DeliveryAddress deliveryAddress,
    List<Line> lines,
    BigDecimal deliveryFee,
    BigDecimal totalExclVat,
    Map<String, BigDecimal> vatByRate,
    BigDecimal totalInclVat,
    BigDecimal amountPaid,
    BigDecimal amountDue,
    String courierId,
    String rejectionReason,
    Instant placedAt,
    Instant estimatedReadyAt,
    Instant estimatedDeliveryAt,
    List<StatusChange> history) {

  /** Who the order is for; all null for an anonymous counter sale. */
  public record Customer(String id, String name, String phone) {}

  /** A line with its price snapshot. */
  public record Line(
      long productId,
      String productName,
      Size size,
      int count,
      BigDecimal unitPriceExclVat,
      BigDecimal vatRate,
      BigDecimal lineTotalExclVat,
      BigDecimal lineTotalInclVat) {}

  public static OrderView of(Order order, EstimatedTimes.Estimate estimate) {
    OrderCustomer customer = order.customer();
    return new OrderView(
        order.orderId().toString(),
        order.number(),
        order.pizzeriaId(),
        order.channel(),
        order.fulfilment(),
        order.status(),
        order.paymentMethod(),
        order.paymentStatus(),
        order.isFinished(),
        new Customer(customer.customerId(), customer.name(), customer.phone()),
        order.address(),
        order.lines().stream()
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
            .toList(),
        order.deliveryFee(),
        order.totalExclVat(),
        order.vatByRate(),
        order.totalInclVat(),
        order.amountPaid(),
        order.outstanding(),
        order.courierId(),
        order.rejectionReason(),
        order.placedAt(),
        estimate.readyAt(),
        estimate.deliveredAt(),
        order.history());
  }
}
