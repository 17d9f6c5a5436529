package com.ocpizza.order.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PlacementIntegrationTests extends LiveOrderService {

  static String webOrder(int margheritas, String postcode) {
    return """
        {"pizzeriaId":1,"channel":"WEB","fulfilment":"DELIVERY","paymentMethod":"CASH",
         "lines":[{"productId":10,"size":"MEDIUM","count":%d},
                  {"productId":20,"size":"SINGLE","count":1}],
         "address":{"street":"1 rue Oberkampf","postcode":"%s","city":"Paris"}}
        """
        .formatted(margheritas, postcode);
  }

  static String takeaway(int margheritas) {
    return takeaway(margheritas, "CASH");
  }

  long orders() {
    return jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
  }

  @Test
  void placesAWebOrderAtCataloguePricesAndReservesItsStock() {
    Api.Answer answer = customer("ada").post("/api/orders", webOrder(2, "75011"), "key-1");

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.json().path("status").asString()).isEqualTo("RECEIVED");
    assertThat(answer.json().path("number").asString()).matches("P1-\\d{8}-\\d{4}");
    assertThat(answer.json().path("totalInclVat").decimalValue()).isEqualByComparingTo("25.25");
    assertThat(answer.json().path("customer").path("id").asString()).isEqualTo("cust-ada");
    String id = answer.json().path("id").asString();
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 2);
    assertThat(
            jdbc.sql("SELECT type FROM event_outbox WHERE aggregate_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("OrderStatusChanged", "OrderPlaced");
  }

  @Test
  void ordersInQuickSuccessionShareOneMenuReadAndARepricingReachesNewOrdersWithinSeconds() {
    String atThird = takeaway(1).replace("\"pizzeriaId\":1", "\"pizzeriaId\":3");
    int readsBefore = NEIGHBOURS.thirdMenuReads();
    for (int i = 0; i < 5; i++) {
      Api.Answer answer = customer("quick").post("/api/orders", atThird, "quick-" + i);
      assertThat(answer.status()).as(answer.body()).isEqualTo(201);
      assertThat(answer.json().path("totalInclVat").decimalValue()).isEqualByComparingTo("10.00");
    }
    assertThat(NEIGHBOURS.thirdMenuReads() - readsBefore).isLessThan(5);

    NEIGHBOURS.repriceThirdMargherita("10.00");
    try {
      int[] attempt = {0};
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(200))
          .untilAsserted(
              () -> {
                Api.Answer answer =
                    customer("quick").post("/api/orders", atThird, "repriced-" + attempt[0]++);
                assertThat(answer.json().path("totalInclVat").decimalValue())
                    .isEqualByComparingTo("11.00");
              });
    } finally {
      NEIGHBOURS.repriceThirdMargherita("9.09");
    }
  }

  @Test
  void numbersOrdersInSequencePerPizzeriaAndDay() {
    String first =
        customer("seq").post("/api/orders", takeaway(1), "s1").json().path("number").asString();
    String second =
        customer("seq").post("/api/orders", takeaway(1), "s2").json().path("number").asString();
    int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
    int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
    assertThat(b).isGreaterThan(a);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theSameKeySentTwentyTimesAtOncePlacesOneOrderAndOneReservation() throws Exception {
    long before = orders();
    int reservationsBefore = NEIGHBOURS.reservations().size();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Api.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        answers.add(
            pool.submit(() -> customer("twenty").post("/api/orders", takeaway(1), "same-key")));
      }
      Set<String> ids = ConcurrentHashMap.newKeySet();
      for (Future<Api.Answer> answer : answers) {
        Api.Answer a = answer.get(30, TimeUnit.SECONDS);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        ids.add(a.json().path("id").asString());
      }
      assertThat(ids).hasSize(1);
      assertThat(orders()).isEqualTo(before + 1);
      assertThat(NEIGHBOURS.reservations()).hasSize(reservationsBefore + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameKeyWithAnotherOrderIsRefused() {
    assertThat(customer("reuse").post("/api/orders", takeaway(1), "k").status()).isEqualTo(201);
    long before = orders();

    Api.Answer again = customer("reuse").post("/api/orders", takeaway(2), "k");

    assertThat(again.status()).isEqualTo(422);
    assertThat(orders()).isEqualTo(before);
  }

  @Test
  void webOrdersWithoutAKeyAreRefused() {
    assertThat(customer("nokey").post("/api/orders", takeaway(1)).status()).isEqualTo(400);
  }

  long rows(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @Test
  void badOrdersAreRefusedAndNothingIsWritten() {
    long before = orders();
    long keysBefore = rows("idempotency_keys");
    long eventsBefore = rows("event_outbox");
    int reservationsBefore = NEIGHBOURS.reservations().size();
    String unknownProduct = takeaway(1).replace("\"productId\":10", "\"productId\":999");
    String noLines = takeaway(1).replaceAll("\"lines\":\\[.*]", "\"lines\":[]");
    String line = "{\"productId\":10,\"size\":\"MEDIUM\",\"count\":1}";
    String thousandLines =
        takeaway(1)
            .replaceAll(
                "\"lines\":\\[.*]",
                "\"lines\":["
                    + IntStream.range(0, 1000).mapToObj(i -> line).collect(Collectors.joining(","))
                    + "]");
    String negative = takeaway(-2);
    String forgedPrice =
        takeaway(1).replace("\"count\":1", "\"count\":1,\"unitPriceExclVat\":0.01");
    String closed = takeaway(1).replace("\"pizzeriaId\":1", "\"pizzeriaId\":2");

    assertThat(customer("bad").post("/api/orders", unknownProduct, "b1").status()).isEqualTo(422);
    assertThat(customer("bad").post("/api/orders", noLines, "b2").status()).isEqualTo(400);
    assertThat(customer("bad").post("/api/orders", thousandLines, "b3").status()).isEqualTo(400);
    assertThat(customer("bad").post("/api/orders", negative, "b4").status()).isEqualTo(400);
    assertThat(customer("bad").post("/api/orders", webOrder(1, "93200"), "b5").status())
        .isEqualTo(422);
    assertThat(customer("bad").post("/api/orders", closed, "b6").status()).isEqualTo(409);
    Api.Answer forged = customer("bad").post("/api/orders", forgedPrice, "b7");
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("unitPriceExclVat");
    assertThat(forged.json().path("type").asString()).isEqualTo("urn:ocpizza:problem:validation");
    assertThat(orders()).isEqualTo(before);
    assertThat(rows("idempotency_keys")).isEqualTo(keysBefore);
    assertThat(rows("event_outbox")).isEqualTo(eventsBefore);
    assertThat(NEIGHBOURS.reservations()).hasSize(reservationsBefore);
  }

  @Test
  void aCustomerCannotPlaceCounterOrdersNorStaffWebOrders() {
    String counter = takeaway(1).replace("\"WEB\"", "\"COUNTER\"");
    assertThat(customer("sneaky").post("/api/orders", counter, "c1").status()).isEqualTo(403);
    assertThat(Api.as(port, TestTokens.staff(2, "COUNTER")).post("/api/orders", counter).status())
        .isEqualTo(403);
    assertThat(Api.as(port, TestTokens.staff(1, "COUNTER")).post("/api/orders", counter).status())
        .isEqualTo(201);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoHundredOrdersRacingForTheLastFiftyPortionsPlaceExactlyFifty() throws Exception {
    NEIGHBOURS.stockOf(50);
    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String key = "race-" + i;
        statuses.add(
            pool.submit(() -> customer("racer").post("/api/orders", takeaway(1), key).status()));
      }
      List<Integer> answers = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        answers.add(status.get(100, TimeUnit.SECONDS));
      }
      assertThat(answers).filteredOn(s -> s == 201).hasSize(50);
      assertThat(answers).filteredOn(s -> s == 409).hasSize(150);
      assertThat(NEIGHBOURS.portionsLeft()).isZero();
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM orders WHERE customer_account_id = 'racer'"
                          + " AND status = 'REJECTED'")
                  .query(Long.class)
                  .single())
          .isEqualTo(150);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cancellingBeforePreparationReleasesTheStock() {
    Api.Answer placed = customer("cancel").post("/api/orders", takeaway(3), "c");
    String id = placed.json().path("id").asString();
    assertThat(NEIGHBOURS.reservations()).containsKey(id);

    Api.Answer cancelled =
        customer("cancel").post("/api/orders/" + id + "/cancel", "{\"reason\":\"late\"}");

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(NEIGHBOURS.reservations()).doesNotContainKey(id);
    assertThat(customer("stranger").post("/api/orders/" + id + "/cancel", "{}").status())
        .isEqualTo(404);
  }

  @Test
  void withTheStockServiceDownPlacementAnswers503FastAndNoReservationSurvives() {
    NEIGHBOURS.stop();
    long started = System.nanoTime();
    Api.Answer answer;
    try {
      answer = customer("outage").post("/api/orders", takeaway(1), "o1");
    } finally {
      NEIGHBOURS.start();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    assertThat(answer.status()).isEqualTo(503);
    assertThat(
            jdbc.sql("SELECT status FROM orders WHERE customer_account_id = 'outage'")
                .query(String.class)
                .list())
        .allMatch(s -> s.equals("REJECTED"));
    assertThat(NEIGHBOURS.reservations().keySet())
        .noneMatch(
            id ->
                jdbc.sql("SELECT COUNT(*) FROM orders WHERE public_id = ? AND status = 'REJECTED'")
                        .param(id)
                        .query(Long.class)
                        .single()
                    > 0);
  }

  @Test
  void aReservationStillUnderWayElsewhereIsAskedAgainNotTakenForAShortage() {
    NEIGHBOURS.stockOf(10);
    NEIGHBOURS.answerNextReservationWithConflict();

    Api.Answer placed = customer("busy").post("/api/orders", takeaway(2), "busy-1");

    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    String id = placed.json().path("id").asString();
    assertThat(NEIGHBOURS.callsFor(id)).filteredOn(c -> c.method().equals("PUT")).hasSize(2);
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 2);
    assertThat(statusOf(id)).isEqualTo("RECEIVED");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aReservationAnsweredTooLateIsAskedAgainAndTheOrderPlacedWithItsStockHeldOnce() {
    NEIGHBOURS.stockOf(10);
    NEIGHBOURS.answerNextReservationLate(Duration.ofSeconds(4));

    Api.Answer placed = customer("late").post("/api/orders", takeaway(2), "late-1");

    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    String id = placed.json().path("id").asString();
    assertThat(NEIGHBOURS.callsFor(id)).filteredOn(c -> c.method().equals("PUT")).hasSize(2);
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 2);
    assertThat(NEIGHBOURS.portionsLeft()).isEqualTo(8);
    assertThat(statusOf(id)).isEqualTo("RECEIVED");
  }
}
