package com.ocpizza.stock.reservation;

import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.stock.catalogue.Size;
import com.ocpizza.stock.inventory.InsufficientStockException;
import com.ocpizza.stock.inventory.InsufficientStockException.MissingIngredient;
import com.ocpizza.stock.inventory.InsufficientStockException.UnavailableProduct;
import com.ocpizza.stock.inventory.MovementOrigin;
import com.ocpizza.stock.inventory.MovementReason;
import com.ocpizza.stock.inventory.StockChange;
import com.ocpizza.stock.inventory.StockKeeper;
import com.ocpizza.stock.pizzeria.PizzeriaDirectory;
import com.ocpizza.stock.reservation.Reservation.RequestedLine;
import com.ocpizza.stock.reservation.Reservation.ReservedLine;
import com.ocpizza.stock.reservation.SaleableProducts.Ingredient;
import com.ocpizza.stock.reservation.SaleableProducts.Saleable;
import com.ocpizza.stock.system.InvalidRequestException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves and releases stock for orders, each call in one transaction. READ COMMITTED: every read
 * after the reservation's lock sees the latest committed state, and no gap locks are taken.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
class ReservationService {

  private final Reservations reservations;
  private final SaleableProducts products;
  private final StockKeeper keeper;
  private final PizzeriaDirectory pizzerias;
  private final Counter reserved;
  private final Counter replayed;
  private final Counter refused;
  private final Counter released;
  private final MeterRegistry meters;

  ReservationService(
      Reservations reservations,
      SaleableProducts products,
      StockKeeper keeper,
      PizzeriaDirectory pizzerias,
      MeterRegistry meters) {
    this.reservations = reservations;
    this.products = products;
    this.keeper = keeper;
    this.pizzerias = pizzerias;
    this.reserved = outcome(meters, "reserved");
    this.replayed = outcome(meters, "replayed");
    this.refused = outcome(meters, "refused");
    this.released = outcome(meters, "released");
    this.meters = meters;
  }

  private static Counter outcome(MeterRegistry meters, String outcome) {
    return Counter.builder("stock.reservations")
        .description("Reservation calls by outcome; refused means not enough stock")
        .tag("outcome", outcome)
        .register(meters);
  }

  /**
   * Holds what the lines need, all or nothing: a replay with the same lines changes nothing, other
   * lines replace the reservation by moving only the difference.
   *
   * @throws InsufficientStockException naming the products that cannot be made
   */
  ReservationView reserve(String orderId, ReservationRequest request, String actor) {
    long pizzeriaId = request.pizzeriaId();
    List<RequestedLine> requested = merge(request.lines());
    Reservation reservation = reservations.lock(orderId);
    if (reservation.holds(pizzeriaId, requested)) {
      // A replay answers what was reserved, even if the catalogue changed since.
      replayed.increment();
      return ReservationView.of(reservation);
    }
    if (!pizzerias.exists(pizzeriaId)) {
      throw new InvalidRequestException("pizzeriaId", "is not a known pizzeria");
    }
    Map<Long, Saleable> saleable =
        products.find(request.lines().stream().map(ReservationRequest.Line::productId).toList());
    check(request.lines(), saleable);
    Map<Long, BigDecimal> needs = needs(requested, saleable);
    List<StockChange> changes = new ArrayList<>();
    reservation
        .differenceTo(pizzeriaId, needs)
        .forEach(
            (ingredient, more) ->
                changes.add(
                    StockChange.of(
                        ingredient,
                        more.negate(),
                        more.signum() > 0
                            ? MovementReason.ORDER_RESERVED
                            : MovementReason.ORDER_RELEASED)));
    try {
      keeper.apply(pizzeriaId, changes, MovementOrigin.forOrder(actor, orderId));
    } catch (InsufficientStockException shortage) {
      refused.increment();
      countShortages(pizzeriaId, shortage.missing());
      throw shortage.naming(unavailable(requested, saleable, shortage.missing()));
    }
    reservation.replace(pizzeriaId, priced(requested, saleable), needs);
    reservations.save(reservation);
    reserved.increment();
    return ReservationView.of(reservation);
  }

  /** One count per ingredient that stopped a reservation, by pizzeria: what to reorder first. */
  private void countShortages(long pizzeriaId, List<MissingIngredient> missing) {
    for (MissingIngredient ingredient : missing) {
      Counter.builder("stock.reservation.shortages")
          .description("Reservations refused for want of this ingredient")
          .tag("pizzeria", Long.toString(pizzeriaId))
          .tag("ingredient", ingredient.name())
          .register(meters)
          .increment();
    }
  }

  /** Gives back exactly what the order holds, once; later calls (and unknown orders) do nothing. */
  void release(String orderId, String actor) {
    Reservation reservation = reservations.lock(orderId);
    Long pizzeriaId = reservation.pizzeriaId();
    Map<Long, BigDecimal> given = reservation.release();
    if (!given.isEmpty()) {
      released.increment();
      keeper.apply(
          pizzeriaId,
          given.entrySet().stream()
              .map(
                  held ->
                      StockChange.of(held.getKey(), held.getValue(), MovementReason.ORDER_RELEASED))
              .toList(),
          MovementOrigin.forOrder(actor, orderId));
    }
    reservations.save(reservation);
  }

  @Transactional(readOnly = true)
  ReservationView find(String orderId) {
    return reservations
        .find(orderId)
        .filter(reservation -> reservation.status() != Reservation.Status.NEW)
        .map(ReservationView::of)
        .orElseThrow(() -> new NotFoundException("No reservation for order " + orderId + "."));
  }

  /** Every line names a product on sale, in a size it is sold in. */
  private static void check(List<ReservationRequest.Line> lines, Map<Long, Saleable> saleable) {
    for (int i = 0; i < lines.size(); i++) {
      ReservationRequest.Line line = lines.get(i);
      Saleable product = saleable.get(line.productId());
      if (product == null) {
        throw new InvalidRequestException("lines[" + i + "].productId", "is not a known product");
      }
      if (!product.active) {
        throw new InvalidRequestException("lines[" + i + "].productId", "is not on sale");
      }
      if (!product.prices.containsKey(line.size())) {
        throw new InvalidRequestException(
            "lines[" + i + "].size", product.name + " is not sold in " + line.size());
      }
    }
  }

  /** One line per product and size, in a stable order, so replays compare equal. */
  private static List<RequestedLine> merge(List<ReservationRequest.Line> lines) {
    Map<String, RequestedLine> merged = new TreeMap<>();
    for (ReservationRequest.Line line : lines) {
      merged.merge(
          "%019d-%s".formatted(line.productId(), line.size().ordinal()),
          new RequestedLine(line.productId(), line.size(), line.count()),
          (a, b) -> new RequestedLine(a.productId(), a.size(), a.count() + b.count()));
    }
    return List.copyOf(merged.values());
  }

  private static Map<Long, BigDecimal> needs(
      List<RequestedLine> lines, Map<Long, Saleable> saleable) {
    Map<Long, BigDecimal> needs = new TreeMap<>();
    for (RequestedLine line : lines) {
      for (Ingredient ingredient : saleable.get(line.productId()).recipe) {
        needs.merge(
            ingredient.id(), quantity(ingredient, line.size(), line.count()), BigDecimal::add);
      }
    }
    return needs;
  }

  private static List<ReservedLine> priced(
      List<RequestedLine> lines, Map<Long, Saleable> saleable) {
    return lines.stream()
        .map(
            line -> {
              Saleable product = saleable.get(line.productId());
              BigDecimal cost =
                  product.recipe.stream()
                      .map(
                          ingredient ->
                              quantity(ingredient, line.size(), line.count())
                                  .multiply(ingredient.unitCost()))
                      .reduce(BigDecimal.ZERO, BigDecimal::add)
                      .setScale(2, RoundingMode.HALF_UP);
              return new ReservedLine(
                  line.productId(),
                  line.size(),
                  line.count(),
                  product.name,
                  product.prices.get(line.size()),
                  product.vatRate,
                  cost);
            })
        .toList();
  }

  private static BigDecimal quantity(Ingredient ingredient, Size size, int count) {
    return size.scale(ingredient.quantity()).multiply(BigDecimal.valueOf(count));
  }

  private static List<UnavailableProduct> unavailable(
      List<RequestedLine> lines, Map<Long, Saleable> saleable, List<MissingIngredient> missing) {
    Map<String, UnavailableProduct> products = new LinkedHashMap<>();
    lines.stream()
        .sorted(Comparator.comparingLong(RequestedLine::productId))
        .forEach(
            line -> {
              Saleable product = saleable.get(line.productId());
              if (missing.stream().anyMatch(ingredient -> product.uses(ingredient.id()))) {
                products.putIfAbsent(
                    product.id + line.size().name(),
                    new UnavailableProduct(product.id, product.name, line.size().name()));
              }
            });
    return List.copyOf(products.values());
  }
}
