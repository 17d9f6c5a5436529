package com.ocpizza.stock.reservation;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.ProblemTypes;
import com.ocpizza.stock.catalogue.Size;
import com.ocpizza.stock.catalogue.VatRate;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stock an order holds at its pizzeria: the lines as reserved (with the prices answered then)
 * and, per ingredient, exactly what was taken. Reserving again with the same lines changes nothing;
 * with other lines, only the difference moves. Once released it is over: a late or replayed
 * reservation of the same order can never take stock again.
 */
final class Reservation {

  static final URI RELEASED_TYPE = ProblemTypes.type("reservation-released");

  enum Status {
    /** Just created in this transaction; holds nothing yet. */
    NEW,
    ACTIVE,
    RELEASED
  }

  private final String orderId;
  private Long pizzeriaId;
  private Status status;
  private List<ReservedLine> lines;
  private Map<Long, BigDecimal> holdings;

  Reservation(
      String orderId,
      Long pizzeriaId,
      Status status,
      List<ReservedLine> lines,
      Map<Long, BigDecimal> holdings) {
    this.orderId = orderId;
    this.pizzeriaId = pizzeriaId;
    this.status = status;
    this.lines = List.copyOf(lines);
    this.holdings = new TreeMap<>(holdings);
  }

  String orderId() {
    return orderId;
  }

  Long pizzeriaId() {
    return pizzeriaId;
  }

  Status status() {
    return status;
  }

  List<ReservedLine> lines() {
    return lines;
  }

  Map<Long, BigDecimal> holdings() {
    return Map.copyOf(holdings);
  }

  BigDecimal costOfGoods() {
    return lines.stream().map(ReservedLine::costOfGoods).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Whether it already holds exactly these lines at this pizzeria: a replay. */
  boolean holds(long pizzeria, List<RequestedLine> requested) {
    return status == Status.ACTIVE
        && Objects.equals(pizzeriaId, pizzeria)
        && lines.stream().map(ReservedLine::requested).toList().equals(requested);
  }

  /**
   * What the stock must give (positive) or get back (negative) so that the reservation holds the
   * given needs instead of what it holds now; ingredients with no difference are left out.
   */
  Map<Long, BigDecimal> differenceTo(long pizzeria, Map<Long, BigDecimal> needs) {
    checkCanChange(pizzeria);
    Map<Long, BigDecimal> difference = new TreeMap<>();
    var ingredients = new TreeSet<>(needs.keySet());
    ingredients.addAll(holdings.keySet());
    for (Long ingredient : ingredients) {
      BigDecimal change =
          needs
              .getOrDefault(ingredient, BigDecimal.ZERO)
              .subtract(holdings.getOrDefault(ingredient, BigDecimal.ZERO));
      if (change.signum() != 0) {
        difference.put(ingredient, change);
      }
    }
    return difference;
  }

  /** Now holds these needs for these lines; the stock was moved by {@link #differenceTo}. */
  void replace(long pizzeria, List<ReservedLine> reserved, Map<Long, BigDecimal> needs) {
    checkCanChange(pizzeria);
    this.pizzeriaId = pizzeria;
    this.lines =
        reserved.stream()
            .sorted(
                Comparator.comparingLong(ReservedLine::productId).thenComparing(ReservedLine::size))
            .toList();
    this.holdings = new TreeMap<>(needs);
    this.status = Status.ACTIVE;
  }

  /**
   * Gives everything back, once: returns what the stock gets back (nothing if it was already
   * released or never held anything) and closes the reservation for good.
   */
  Map<Long, BigDecimal> release() {
    if (status == Status.RELEASED) {
      return Map.of();
    }
    Map<Long, BigDecimal> given = new TreeMap<>(holdings);
    holdings = new TreeMap<>();
    status = Status.RELEASED;
    return given;
  }

  private void checkCanChange(long pizzeria) {
    if (status == Status.RELEASED) {
      throw new ConflictException(
          RELEASED_TYPE,
          "The reservation of order " + orderId + " was released; it cannot be reserved again.",
          Map.of("orderId", orderId));
    }
    if (status == Status.ACTIVE && pizzeriaId != pizzeria) {
      throw new ConflictException(
          ProblemTypes.CONFLICT,
          "Order " + orderId + " holds stock at pizzeria " + pizzeriaId + ", not " + pizzeria + ".",
          Map.of("orderId", orderId, "pizzeriaId", pizzeriaId));
    }
  }

  /** A line as the order service asks for it: so many of a product at a size. */
  record RequestedLine(long productId, Size size, int count) {}

  /** A line as reserved, with the catalogue values of that moment and what its goods cost. */
  record ReservedLine(
      long productId,
      Size size,
      int count,
      String name,
      BigDecimal unitPriceExclVat,
      VatRate vatRate,
      BigDecimal costOfGoods) {

    RequestedLine requested() {
      return new RequestedLine(productId, size, count);
    }
  }
}
