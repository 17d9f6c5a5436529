package com.ocpizza.order.tracking;

import com.ocpizza.common.feed.FeedEvent;
import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.security.Caller;
import com.ocpizza.common.security.Role;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderService;
import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events of one order (for its customer and the pizzeria's staff) and of a pizzeria's
 * orders (for its staff). Each event's id is its outbox id: a client reconnecting with {@code
 * Last-Event-ID} gets everything it missed.
 */
@RestController
class TrackingController {

  private static final long TIMEOUT = Duration.ofMinutes(30).toMillis();

  private final OutboxFollower follower;
  private final OrderService orders;

  TrackingController(OutboxFollower follower, OrderService orders) {
    this.follower = follower;
    this.orders = orders;
  }

  @GetMapping(path = "/api/orders/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter order(
      @PathVariable String id,
      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
      Caller caller) {
    OrderId orderId = OrderId.parse(id);
    orders.visible(orderId, caller);
    String wanted = orderId.toString();
    return stream(e -> wanted.equals(e.aggregateId()), lastEventId);
  }

  @GetMapping(
      path = "/api/pizzerias/{pizzeriaId}/orders/events",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter pizzeria(
      @PathVariable long pizzeriaId,
      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
      Caller caller) {
    if (!caller.actsAt(pizzeriaId, Role.COUNTER, Role.PIZZAIOLO, Role.COURIER, Role.MANAGER)) {
      throw new NotFoundException("No pizzeria " + pizzeriaId + " of yours.");
    }
    return stream(e -> e.payload().path("pizzeriaId").asLong(-1) == pizzeriaId, lastEventId);
  }

  private SseEmitter stream(Predicate<FeedEvent> wanted, Long lastEventId) {
    SseEmitter emitter = new SseEmitter(TIMEOUT);
    Subscription subscription =
        new Subscription(emitter, wanted, lastEventId == null ? follower.position() : lastEventId);
    emitter.onCompletion(() -> follower.unsubscribe(subscription));
    emitter.onTimeout(() -> follower.unsubscribe(subscription));
    emitter.onError(e -> follower.unsubscribe(subscription));
    follower.subscribe(subscription, lastEventId);
    return emitter;
  }
}
