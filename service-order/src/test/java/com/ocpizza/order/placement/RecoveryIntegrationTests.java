package com.ocpizza.order.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.common.problem.DependencyUnavailableException;
import com.ocpizza.order.LiveOrderService;
import com.ocpizza.order.order.Channel;
import com.ocpizza.order.order.Fulfilment;
import com.ocpizza.order.order.Order;
import com.ocpizza.order.order.OrderCustomer;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.OrderLine;
import com.ocpizza.order.order.OrderRepository;
import com.ocpizza.order.order.PaymentMethod;
import com.ocpizza.order.order.Size;
import com.ocpizza.order.stock.StockClient;
import com.ocpizza.order.system.JobLease;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The recovery job: re-drives interrupted placements, expires unpaid orders, releases stock. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecoveryIntegrationTests extends LiveOrderService {

  @Autowired SagaRecovery recovery;
  @Autowired PlacementSteps steps;
  @Autowired OrderRepository orders;
  @Autowired ApplicationContext context;

  /** An order stored PENDING by a placement that died before reserving, a minute ago. */
  String interruptedPlacement(String account) {
    return interruptedPlacement(account, null);
  }

  /** The same, placed with an Idempotency-Key whose answer was never stored. */
  String interruptedPlacement(String account, String key) {
    OrderId id = OrderId.random();
    steps.store(
        id,
        1,
        key == null ? null : new PlacementSteps.Key(account, key, "0".repeat(64)),
        number ->
            new Order(
                id,
                number,
                1,
                Channel.WEB,
                Fulfilment.TAKEAWAY,
                new OrderCustomer(account, null, null, null),
                null,
                List.of(
                    OrderLine.priced(
                        10, "Margherita", Size.MEDIUM, 2, new BigDecimal("9.09"), BigDecimal.TEN)),
                BigDecimal.ZERO,
                PaymentMethod.CASH,
                account,
                Clock.systemUTC().instant()));
    ageBy(id.toString(), Duration.ofMinutes(1));
    return id.toString();
  }

  void ageBy(String id, Duration age) {
    jdbc.sql(
            "UPDATE orders SET placed_at = placed_at - INTERVAL ? SECOND,"
                + " updated_at = updated_at - INTERVAL ? SECOND WHERE public_id = ?")
        .params(age.toSeconds(), age.toSeconds(), id)
        .update();
  }

  @Test
  void aPendingOrderIsReDrivenToTheQueueOnceTheStockAnswersAgain() {
    String id = interruptedPlacement("rec-ada");
    NEIGHBOURS.stop();
    try {
      try {
        recovery.redrivePending();
      } catch (DependencyUnavailableException expected) {
        // The job pauses while the stock service is down.
      }
      assertThat(statusOf(id)).isEqualTo("PENDING");
    } finally {
      NEIGHBOURS.start();
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              try {
                recovery.redrivePending();
              } catch (DependencyUnavailableException stillOpen) {
                // The circuit breaker lets calls through again after a few seconds.
              }
              assertThat(statusOf(id)).isEqualTo("RECEIVED");
            });
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 2);
    assertThat(eventTypes(id)).contains("OrderPlaced");
  }

  @Test
  void aPendingOrderStillInItsGracePeriodIsLeftToItsPlacement() {
    String id = interruptedPlacement("rec-bob");
    ageBy(id, Duration.ofMinutes(-1));

    recovery.redrivePending();

    assertThat(statusOf(id)).isEqualTo("PENDING");
    assertThat(NEIGHBOURS.callsFor(id)).isEmpty();
  }

  @Test
  void anOrderUnpaidFifteenMinutesAfterPlacementIsCancelledAndItsStockReleased() {
    String id = place("rec-cid", takeaway(2, "ONLINE_CARD"));
    assertThat(NEIGHBOURS.reservations()).containsKey(id);
    ageBy(id, Duration.ofMinutes(16));

    recovery.expireUnpaid();
    recovery.releaseClosed();

    assertThat(statusOf(id)).isEqualTo("CANCELLED");
    assertThat(NEIGHBOURS.reservations()).doesNotContainKey(id);
    assertThat(customer("rec-cid").get("/api/orders/" + id).json().path("status").asString())
        .isEqualTo("CANCELLED");
  }

  @Test
  void aFailedPaymentAttemptDoesNotExtendTheFifteenMinutes() {
    String id = place("rec-dan", takeaway(1, "ONLINE_CARD"));
    ageBy(id, Duration.ofMinutes(16));
    // A declined card a minute ago touched the order, but the window counts from placement.
    jdbc.sql("UPDATE orders SET updated_at = NOW(6) - INTERVAL 1 MINUTE WHERE public_id = ?")
        .param(id)
        .update();

    recovery.expireUnpaid();

    assertThat(statusOf(id)).isEqualTo("CANCELLED");
  }

  @Test
  void anOrderAwaitingPaymentForLessThanFifteenMinutesIsKept() {
    String id = place("rec-eve", takeaway(1, "ONLINE_CARD"));
    ageBy(id, Duration.ofMinutes(14));

    recovery.expireUnpaid();

    assertThat(statusOf(id)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void aReservationThatLandsAfterTheOrderWasClosedIsReleasedAgain() {
    String id = interruptedPlacement("rec-fay");
    steps.abandoned(OrderId.parse(id), null);
    recovery.releaseClosed();
    assertThat(orders.get(OrderId.parse(id)).releasePending()).isFalse();

    // A re-drive that was already under way reserves, then finds the order closed.
    StockClient stock = context.getBean(StockClient.class);
    stock.reserve(OrderId.parse(id), 1, List.of(new StockClient.Line(10, Size.MEDIUM, 2)));
    steps.placed(OrderId.parse(id));
    recovery.releaseClosed();

    assertThat(statusOf(id)).isEqualTo("REJECTED");
    assertThat(NEIGHBOURS.reservations()).doesNotContainKey(id);
  }

  @Test
  void twoRunnersAtOnceDoTheWorkOnce() throws Exception {
    String id = place("rec-gus", takeaway(1, "ONLINE_CARD"));
    ageBy(id, Duration.ofMinutes(16));
    jdbc.sql("DELETE FROM job_leases").update();
    SagaRecovery other =
        new SagaRecovery(
            orders,
            context.getBean(StockClient.class),
            steps,
            context.getBean(Releases.class),
            context.getAutowireCapableBeanFactory().createBean(JobLease.class),
            context.getBean(TransactionTemplate.class),
            Clock.systemUTC());

    CompletableFuture<Void> a = CompletableFuture.runAsync(recovery::recover);
    CompletableFuture<Void> b = CompletableFuture.runAsync(other::recover);
    CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);

    assertThat(statusOf(id)).isEqualTo("CANCELLED");
    assertThat(NEIGHBOURS.callsFor(id)).filteredOn(c -> c.method().equals("DELETE")).hasSize(1);
    assertThat(eventTypes(id)).filteredOn("OrderStatusChanged"::equals).hasSize(2);
  }

  @Test
  void theReleaseJobTakesANotFoundReservationAsReleasedAndGoesPastARefusal() {
    String refused = place("rec-hal", takeaway(1, "CASH"));
    String unknown = place("rec-hal", takeaway(1, "CASH"));
    String plain = place("rec-hal", takeaway(1, "CASH"));
    NEIGHBOURS.answerReleaseWith(refused, 409);
    NEIGHBOURS.answerReleaseWith(unknown, 404);
    NEIGHBOURS.stop(); // The cancellations cannot release at once: left to the job.
    try {
      for (String id : List.of(refused, unknown, plain)) {
        customer("rec-hal").post("/api/orders/" + id + "/cancel", "{}");
      }
    } finally {
      NEIGHBOURS.start();
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              try {
                recovery.releaseClosed();
              } catch (DependencyUnavailableException stillOpen) {
                // The circuit breaker lets calls through again after a few seconds.
              }
              assertThat(orders.get(OrderId.parse(plain)).releasePending()).isFalse();
            });

    assertThat(NEIGHBOURS.reservations()).doesNotContainKey(plain);
    assertThat(orders.get(OrderId.parse(unknown)).releasePending()).isFalse();
    assertThat(orders.get(OrderId.parse(refused)).releasePending()).isTrue();
  }

  Integer storedAnswer(String account, String key) {
    return jdbc.sql(
            "SELECT response_status FROM idempotency_keys WHERE caller_id = ? AND idem_key = ?")
        .params(account, key)
        .query(Integer.class)
        .single();
  }

  @Test
  void aPlacementFinishedByTheJobKeepsItsAnswerForReplaysOfItsKey() {
    String placed = interruptedPlacement("rec-ivy", "ivy-1");
    recovery.redrivePending();
    NEIGHBOURS.stockOf(0);
    String rejected = interruptedPlacement("rec-ivy", "ivy-2");
    recovery.redrivePending();

    assertThat(statusOf(placed)).isEqualTo("RECEIVED");
    assertThat(storedAnswer("rec-ivy", "ivy-1")).isEqualTo(201);
    assertThat(statusOf(rejected)).isEqualTo("REJECTED");
    assertThat(storedAnswer("rec-ivy", "ivy-2")).isEqualTo(409);
  }

  @Test
  void aLateReservationForAClosedOrderIsAnsweredAsNotPlaced() {
    String id = interruptedPlacement("rec-jon", "jon-1");
    NEIGHBOURS.stockOf(0);
    recovery.redrivePending();
    NEIGHBOURS.stockOf(10);

    PlacementSteps.Answer late = steps.placed(OrderId.parse(id));

    assertThat(late.status()).isEqualTo(409);
    assertThat(storedAnswer("rec-jon", "jon-1")).isEqualTo(409);
    assertThat(statusOf(id)).isEqualTo("REJECTED");
  }
}
