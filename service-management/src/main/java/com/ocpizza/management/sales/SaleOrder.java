package com.ocpizza.management.sales;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One order as management follows it. Its figures count in the sales aggregates while it is sold
 * (not cancelled, rejected or lost); {@link Aggregates} takes its old contribution back and adds
 * the new one around every change, so aggregates always equal the sum over current orders.
 */
final class SaleOrder {

  static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");
  private static final Set<String> NOT_SOLD = Set.of("CANCELLED", "REJECTED", "INCIDENT");
  private static final Set<String> HANDED_OVER = Set.of("DELIVERED", "COLLECTED");

  /** A measured duration of one stage, for the time histograms. */
  record StageTime(String stage, long minutes) {}

  final String orderId;
  final long pizzeriaId;
  final String customerId;
  final String channel;
  final String fulfilment;
  final Instant placedAt;
  private OrderContent content;
  private String status;
  private boolean paid;
  private boolean prepared;
  private Instant receivedAt;
  private Instant preparationStartedAt;
  private Instant readyAt;
  private Instant leftAt;
  private Instant finishedAt;

  SaleOrder(
      String orderId,
      long pizzeriaId,
      String customerId,
      String channel,
      String fulfilment,
      Instant placedAt,
      String status,
      OrderContent content) {
    this.orderId = orderId;
    this.pizzeriaId = pizzeriaId;
    this.customerId = customerId;
    this.channel = channel == null ? "WEB" : channel;
    this.fulfilment = fulfilment == null ? "TAKEAWAY" : fulfilment;
    this.placedAt = placedAt;
    this.status = status;
    this.content = content;
    this.receivedAt = "AWAITING_PAYMENT".equals(status) ? null : placedAt;
  }

  /** Rebuilds an order from storage. */
  static SaleOrder restore(
      SaleOrder base,
      boolean paid,
      boolean prepared,
      Instant receivedAt,
      Instant preparationStartedAt,
      Instant readyAt,
      Instant leftAt,
      Instant finishedAt) {
    base.paid = paid;
    base.prepared = prepared;
    base.receivedAt = receivedAt;
    base.preparationStartedAt = preparationStartedAt;
    base.readyAt = readyAt;
    base.leftAt = leftAt;
    base.finishedAt = finishedAt;
    return base;
  }

  /** The lines and totals were replaced. */
  void modify(OrderContent newContent) {
    this.content = newContent;
  }

  /** Forgets the customer's personal data, keeping the figures. */
  void erasePersonalData() {
    this.content = content.anonymised();
  }

  /**
   * Follows a status change and returns the stage durations it closes (waiting, preparation,
   * delivery).
   */
  List<StageTime> changeStatus(String to, Instant at) {
    List<StageTime> times = new ArrayList<>();
    switch (to) {
      case "RECEIVED" -> {
        if (receivedAt == null) {
          receivedAt = at;
        }
      }
      case "IN_PREPARATION" -> {
        prepared = true;
        preparationStartedAt = at;
        if (receivedAt != null) {
          times.add(new StageTime("WAITING", minutes(receivedAt, at)));
        }
      }
      case "READY" -> {
        readyAt = at;
        if (preparationStartedAt != null) {
          times.add(new StageTime("PREPARATION", minutes(preparationStartedAt, at)));
        }
      }
      case "OUT_FOR_DELIVERY" -> leftAt = at;
      case "DELIVERED" -> {
        finishedAt = at;
        if (leftAt != null) {
          times.add(new StageTime("DELIVERY", minutes(leftAt, at)));
        }
      }
      case "COLLECTED" -> finishedAt = at;
      default -> {
        // Other statuses carry no duration.
      }
    }
    status = to;
    return times;
  }

  /** A payment was recorded: paid, or refunded / failed. */
  void paymentRecorded(String paymentStatus) {
    if ("PAID".equals(paymentStatus)) {
      paid = true;
    } else if ("REFUNDED".equals(paymentStatus)) {
      paid = false;
    }
  }

  /** Whether its figures count as sales. */
  boolean sold() {
    return !NOT_SOLD.contains(status) && !"PENDING".equals(status);
  }

  /** Handed over and paid: it gets an invoice. */
  boolean finished() {
    return HANDED_OVER.contains(status) && paid;
  }

  boolean lost() {
    return "INCIDENT".equals(status);
  }

  boolean cancelledAfterPreparation() {
    return "CANCELLED".equals(status) && prepared;
  }

  LocalDate businessDate() {
    return placedAt.atZone(BUSINESS_ZONE).toLocalDate();
  }

  int businessHour() {
    return ZonedDateTime.ofInstant(placedAt, BUSINESS_ZONE).getHour();
  }

  OrderContent content() {
    return content;
  }

  String status() {
    return status;
  }

  boolean paid() {
    return paid;
  }

  boolean prepared() {
    return prepared;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  Instant preparationStartedAt() {
    return preparationStartedAt;
  }

  Instant readyAt() {
    return readyAt;
  }

  Instant leftAt() {
    return leftAt;
  }

  Instant finishedAt() {
    return finishedAt;
  }

  private static long minutes(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMinutes());
  }
}
