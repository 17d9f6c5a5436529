package com.ocpizza.order.placement;

import com.ocpizza.common.problem.ProblemTypes;
import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.order.OrderService;
import com.ocpizza.order.order.OrderStatus;
import com.ocpizza.order.stock.OutOfStockException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local transactions of the placement saga, each committed before the next remote call: store
 * the order as {@code PENDING} with its key, then record the reservation's outcome and the answer
 * that replays of the key will get.
 */
@Component
@Transactional
class PlacementSteps {

  /** A key in use by a caller; null for requests sent without one. */
  record Key(String caller, String value, String requestHash) {}

  /** What the caller is answered, as stored for replays. */
  record Answer(int status, String body, String orderId) {}

  private final OrderRepository orders;
  private final OrderNumbers numbers;
  private final IdempotencyKeys keys;
  private final OrderService views;
  private final JsonMapper json;
  private final Clock clock;

  PlacementSteps(
      OrderRepository orders,
      OrderNumbers numbers,
      IdempotencyKeys keys,
      OrderService views,
      JsonMapper json,
      Clock clock) {
    this.orders = orders;
    this.numbers = numbers;
    this.keys = keys;
    this.views = views;
    this.json = json;
    this.clock = clock;
  }

  /** Claims the key (first, so a duplicate fails before taking a number) and stores the order. */
  void store(OrderId id, long pizzeriaId, Key key, Function<String, Order> order) {
    if (key != null) {
      keys.claim(key.caller(), key.value(), key.requestHash(), id.toString(), clock.instant());
    }
    orders.save(order.apply(numbers.next(pizzeriaId, clock.instant())));
  }

  /**
   * The stock is held: the order is placed (unless a job already did it) and the answer kept for
   * replays of its key. An order closed meanwhile is not placed: its reservation is released again
   * and the answer is the refusal.
   */
  Answer placed(OrderId id) {
    Order order = orders.get(id);
    if (order.status() == OrderStatus.PENDING) {
      order.reserved(clock.instant());
      order = orders.save(order);
    } else if (order.reservedAfterClosing()) {
      // A late re-drive reserved for an order closed meanwhile, maybe after its release.
      orders.save(order);
      return notPlaced(order);
    }
    return remember(
        new Answer(
            HttpStatus.CREATED.value(),
            json.writeValueAsString(views.viewOf(order)),
            id.toString()));
  }

  /** The stock is short: the order is closed as rejected and the 409 kept for replays. */
  Answer rejected(OrderId id, OutOfStockException shortage) {
    Order order = orders.get(id);
    if (order.status() == OrderStatus.PENDING) {
      order.reject(shortage.getMessage(), clock.instant());
      orders.save(order);
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", shortage.type().toString());
    problem.put("title", "Conflict");
    problem.put("status", 409);
    problem.put("detail", shortage.getMessage());
    problem.putAll(shortage.properties());
    return remember(new Answer(409, json.writeValueAsString(problem), id.toString()));
  }

  /**
   * The reservation could not be made (stock service down): the order is closed, its possible
   * reservation left for the release job, and the key freed so the customer may simply retry.
   */
  void abandoned(OrderId id, Key key) {
    Order order = orders.get(id);
    if (order.status() == OrderStatus.PENDING) {
      order.reject("stock service unavailable", clock.instant());
      orders.save(order);
    }
    if (key != null) {
      keys.forget(key.caller(), key.value());
    }
  }

  /**
   * The answer for an order whose placement finished without its answer being kept (its request
   * died after the order moved on): placed, or refused if it was closed.
   */
  Answer answerFor(OrderId id) {
    Order order = orders.get(id);
    if (order.status() == OrderStatus.REJECTED) {
      return notPlaced(order);
    }
    return new Answer(
        HttpStatus.CREATED.value(), json.writeValueAsString(views.viewOf(order)), id.toString());
  }

  private Answer notPlaced(Order order) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", ProblemTypes.CONFLICT.toString());
    problem.put("title", "Conflict");
    problem.put("status", 409);
    problem.put(
        "detail",
        "This order was not placed"
            + (order.rejectionReason() == null ? "." : ": " + order.rejectionReason()));
    return remember(new Answer(409, json.writeValueAsString(problem), order.orderId().toString()));
  }

  private Answer remember(Answer answer) {
    keys.answer(answer.orderId(), answer.status(), answer.body());
    return answer;
  }
}
