package com.ocpizza.order.placement;

import com.ocpizza.common.problem.DependencyUnavailableException;
import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.problem.ProblemDetailsAdvice;
import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.order.order.Channel;
import com.ocpizza.order.order.DeliveryAddress;
import com.ocpizza.order.order.Fulfilment;
import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderCustomer;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderLine;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.order.OrderStatus;
import com.ocpizza.order.stock.Menu;
import com.ocpizza.order.stock.OutOfStockException;
import com.ocpizza.order.stock.Pizzeria;
import com.ocpizza.order.stock.StockClient;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Places an order, the saga of ARCHITECTURE §4: check the key, validate against the pizzeria and
 * its menu (prices from the catalogue only), store {@code PENDING} with its number, reserve the
 * stock, then place or reject. No transaction spans a remote call; each step commits on its own,
 * and the recovery job finishes what a crash interrupted.
 */
@Service
class OrderPlacement {

  private static final Duration REPLAY_WAIT = Duration.ofSeconds(10);

  /**
   * At most as many placements at once as the database pool has connections, the others waiting
   * their turn here: a burst then queues in memory instead of timing out on the pool half-way
   * through a saga (after the stock was reserved, say) and leaving stock held for orders refused.
   */
  private static final Duration ADMISSION_WAIT = Duration.ofSeconds(10);

  private final StockClient stock;
  private final CustomerDirectory customers;
  private final PlacementSteps steps;
  private final Releases releases;
  private final IdempotencyKeys keys;
  private final OrderRepository orders;
  private final JsonMapper json;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Bulkhead admission;

  OrderPlacement(
      StockClient stock,
      CustomerDirectory customers,
      PlacementSteps steps,
      Releases releases,
      IdempotencyKeys keys,
      OrderRepository orders,
      JsonMapper json,
      Clock clock,
      MeterRegistry meters,
      @Value("${spring.datasource.hikari.maximum-pool-size}") int connections) {
    this.stock = stock;
    this.customers = customers;
    this.steps = steps;
    this.releases = releases;
    this.keys = keys;
    this.orders = orders;
    this.json = json;
    this.clock = clock;
    this.meters = meters;
    this.admission =
        Bulkhead.of(
            "order-placement",
            BulkheadConfig.custom()
                .maxConcurrentCalls(connections)
                .maxWaitDuration(ADMISSION_WAIT)
                .build());
  }

  PlacementSteps.Answer place(PlaceOrderRequest request, String idempotencyKey, Caller caller) {
    try {
      return admission.executeSupplier(() -> attempt(request, idempotencyKey, caller));
    } catch (BulkheadFullException busy) {
      throw new BusyException(busy);
    } catch (ProblemException refused) {
      Counter.builder("orders.rejected")
          .description("Placements refused, by reason (replays of a stored answer not counted)")
          .tag("reason", reason(refused))
          .register(meters)
          .increment();
      throw refused;
    }
  }

  /** Why a placement was refused, in a few stable words fit for a metric tag. */
  private static String reason(ProblemException refused) {
    if (refused instanceof OutOfStockException) {
      return "out-of-stock";
    }
    if (refused instanceof PizzeriaClosedException) {
      return "pizzeria-closed";
    }
    if (refused instanceof UnknownToStockException) {
      return "unknown-to-stock";
    }
    String type = refused.type().toString();
    return type.substring(type.lastIndexOf(':') + 1);
  }

  private PlacementSteps.Answer attempt(
      PlaceOrderRequest request, String idempotencyKey, Caller caller) {
    authorize(request, caller);
    if (request.channel() == Channel.WEB && (idempotencyKey == null || idempotencyKey.isBlank())) {
      throw new MissingKeyException();
    }
    PlacementSteps.Key key =
        idempotencyKey == null || idempotencyKey.isBlank()
            ? null
            : new PlacementSteps.Key(caller.userId(), idempotencyKey, fingerprint(request));
    if (key != null) {
      Optional<IdempotencyKeys.Use> used = keys.find(key.caller(), key.value());
      if (used.isPresent()) {
        return replay(key);
      }
    }

    Pizzeria pizzeria = pizzeria(request.pizzeriaId());
    if (!pizzeria.takesOrders()) {
      throw new PizzeriaClosedException(pizzeria.id());
    }
    Menu menu = stock.menu(pizzeria.id());
    List<OrderLine> lines = Pricing.price(menu, request.lines());
    OrderCustomer customer = customer(request, caller);
    DeliveryAddress address = null;
    if (request.fulfilment() == Fulfilment.DELIVERY) {
      address = Addresses.resolve(customers, customer, request.addressId(), request.address());
      if (!pizzeria.deliversTo(address.postcode())) {
        throw new UnprocessableOrderException(
            "This pizzeria does not deliver to " + address.postcode() + ".");
      }
    }

    OrderId id = OrderId.random();
    DeliveryAddress deliveryAddress = address;
    Instant now = clock.instant();
    try {
      steps.store(
          id,
          pizzeria.id(),
          key,
          number ->
              new Order(
                  id,
                  number,
                  pizzeria.id(),
                  request.channel(),
                  request.fulfilment(),
                  customer,
                  deliveryAddress,
                  lines,
                  pizzeria.deliveryArea() == null
                      ? java.math.BigDecimal.ZERO
                      : pizzeria.deliveryArea().fee(),
                  request.paymentMethod(),
                  caller.userId(),
                  now));
    } catch (DuplicateKeyException e) {
      return replay(key);
    }

    try {
      stock.reserve(id, pizzeria.id(), Pricing.reservation(lines));
    } catch (OutOfStockException shortage) {
      steps.rejected(id, shortage);
      throw shortage;
    } catch (DependencyUnavailableException e) {
      steps.abandoned(id, key);
      // A reservation that timed out may still have been made: give its stock back now, so that
      // the next order gets it, rather than at the release job's next round.
      releases.releaseQuietly(id);
      throw e;
    } catch (NotFoundException e) {
      // The stock service is up but no longer knows the pizzeria or a product (the catalogue
      // changed since the menu was read): the order cannot be made, which no retry will fix.
      steps.abandoned(id, key);
      throw new UnknownToStockException();
    }
    return steps.placed(id);
  }

  /** Web orders are the customer's own; phone and counter orders are taken by the pizzeria. */
  private static void authorize(PlaceOrderRequest request, Caller caller) {
    boolean allowed =
        request.channel() == Channel.WEB
            ? caller.is(Role.CUSTOMER)
            : caller.actsAt(request.pizzeriaId(), Role.COUNTER, Role.MANAGER);
    if (!allowed) {
      throw new ForbiddenPlacementException(request.channel());
    }
    if (request.channel() != Channel.WEB && request.paymentMethod().isOnline()) {
      throw new UnprocessableOrderException("Only web orders are paid online.");
    }
  }

  private Pizzeria pizzeria(long pizzeriaId) {
    try {
      return stock.pizzeria(pizzeriaId);
    } catch (NotFoundException e) {
      throw new UnprocessableOrderException("There is no pizzeria " + pizzeriaId + ".");
    }
  }

  private OrderCustomer customer(PlaceOrderRequest request, Caller caller) {
    if (request.channel() == Channel.WEB) {
      return customers
          .byAccount(caller.userId())
          .map(c -> new OrderCustomer(caller.userId(), c.id(), c.name(), c.phone()))
          .orElse(new OrderCustomer(caller.userId(), null, null, null));
    }
    if (request.customerId() == null) {
      if (request.channel() == Channel.PHONE || request.fulfilment() == Fulfilment.DELIVERY) {
        throw new UnprocessableOrderException(
            "Phone orders and deliveries need a customer: find or create them first.");
      }
      return OrderCustomer.anonymous();
    }
    return customers
        .customer(request.customerId())
        .map(c -> new OrderCustomer(null, c.id(), c.name(), c.phone()))
        .orElseThrow(
            () -> new UnprocessableOrderException("There is no customer " + request.customerId()));
  }

  /** The answer given to the first request with this key, waiting for it if still in flight. */
  private PlacementSteps.Answer replay(PlacementSteps.Key key) {
    Instant deadline = clock.instant().plus(REPLAY_WAIT);
    while (true) {
      Optional<IdempotencyKeys.Use> used = keys.find(key.caller(), key.value());
      if (used.isEmpty()) {
        throw new ConflictingRetryException(
            "The first request with this key failed; send the order again with a new key.");
      }
      IdempotencyKeys.Use use = used.get();
      if (!use.requestHash().equals(key.requestHash())) {
        throw new UnprocessableOrderException(
            "This Idempotency-Key was already used for a different order.");
      }
      if (use.answered()) {
        return new PlacementSteps.Answer(use.status(), use.body(), use.orderId());
      }
      if (clock.instant().isAfter(deadline)) {
        return current(use.orderId());
      }
      LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
    }
  }

  /** The order as it stands, for a replay whose first request never stored its answer. */
  private PlacementSteps.Answer current(String orderId) {
    Order order = orders.get(OrderId.parse(orderId));
    if (order.status() == OrderStatus.PENDING) {
      throw new ConflictingRetryException("This order is still being placed; try again shortly.");
    }
    return steps.answerFor(order.orderId());
  }

  private String fingerprint(PlaceOrderRequest request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Web orders need an {@code Idempotency-Key}: answered 400. */
  static class MissingKeyException extends ProblemException {
    private static final long serialVersionUID = 1L;

    MissingKeyException() {
      super(
          HttpStatus.BAD_REQUEST,
          ProblemTypes.VALIDATION,
          "Web orders need an Idempotency-Key header.",
          Map.of(
              "errors",
              List.of(
                  new ProblemDetailsAdvice.FieldProblem("Idempotency-Key", "must not be blank"))));
    }
  }

  /** The caller may not place this kind of order here: answered 403. */
  static class ForbiddenPlacementException extends ProblemException {
    private static final long serialVersionUID = 1L;

    ForbiddenPlacementException(Channel channel) {
      super(
          HttpStatus.FORBIDDEN,
          ProblemTypes.FORBIDDEN,
          "You may not place " + channel + " orders at this pizzeria.",
          Map.of());
    }
  }

  /** The stock service knows no longer the pizzeria or a product of the order: answered 409. */
  static class UnknownToStockException extends com.ocpizza.common.problem.ConflictException {
    private static final long serialVersionUID = 1L;

    UnknownToStockException() {
      super(
          "The stock service no longer knows this pizzeria or one of these products;"
              + " refresh the menu and order again.");
    }
  }

  /** A retry that cannot be answered yet or any more: answered 409. */
  static class ConflictingRetryException extends com.ocpizza.common.problem.ConflictException {
    private static final long serialVersionUID = 1L;

    ConflictingRetryException(String detail) {
      super(detail);
    }
  }

  /** Too many placements already waiting on this replica: answered 503, to be sent again. */
  static class BusyException extends ProblemException {
    private static final long serialVersionUID = 1L;

    BusyException(BulkheadFullException cause) {
      super(
          HttpStatus.SERVICE_UNAVAILABLE,
          ProblemTypes.DEPENDENCY_UNAVAILABLE,
          "Too many orders are being placed right now; please try again shortly.",
          Map.of());
      initCause(cause);
    }
  }
}
