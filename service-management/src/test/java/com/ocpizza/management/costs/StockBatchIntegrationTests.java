package com.ocpizza.management.costs;

import static com.ocpizza.management.OrderMother.line;
import static com.ocpizza.management.OrderMother.moved;
import static com.ocpizza.management.OrderMother.order;
import static com.ocpizza.management.OrderMother.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedCursors;
import com.ocpizza.common.feed.FeedEvent;
import com.ocpizza.management.Feeds;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The stock feed's batch is combined (an order's cost moves once, an alert once), yet the
 * dashboards show what applying its events one by one shows: the same day is fed to two pizzerias,
 * one event at a time to the first and as one batch to the second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class StockBatchIntegrationTests {

  @Autowired FeedCursors cursors;
  @Autowired List<FeedConsumer> consumers;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @LocalServerPort int port;

  Feeds feeds;
  long oneByOne;
  long batched;

  @BeforeEach
  void twoPizzerias() {
    feeds = new Feeds(cursors, consumers);
    oneByOne = ThreadLocalRandom.current().nextLong(10_000, 1_000_000);
    batched = oneByOne + 1;
  }

  @Test
  void aBatchOfStockMovesShowsTheFiguresOfItsEventsAppliedOneByOne() {
    day(oneByOne).forEach(event -> feeds.deliver("stock", event));
    List<FeedEvent> second = day(batched);
    cursors.ensure("stock");
    assertThat(cursors.applyAllOnce("stock", second, feeds.consumer("stock")))
        .isEqualTo(second.size());

    JsonNode one = summary(oneByOne);
    JsonNode batch = summary(batched);
    // 2.40 + 0.60 + 1.0052 reserved (1 × 1.00515 rounded as the cost column stores it), 0.60
    // released: 3.4052 for the order placed, none for the order placed without reservation.
    assertThat(batch.get("costOfGoods").decimalValue()).isEqualByComparingTo("3.41");
    assertThat(batch.get("grossMargin").decimalValue()).isEqualByComparingTo("20.59");
    // Waste 0.24, incident 0.75 (1.50 taken, 0.75 given back), cancellation 2.00 (all it took).
    assertThat(batch.get("losses").decimalValue()).isEqualByComparingTo("2.99");
    for (String figure :
        List.of("orders", "revenueExclVat", "costOfGoods", "grossMargin", "marginRate", "losses")) {
      assertThat(batch.get(figure).decimalValue())
          .as(figure)
          .isEqualByComparingTo(one.get(figure).decimalValue());
    }

    JsonNode lossesOne = get(oneByOne, "losses?period=DAY&date=2026-11-20");
    JsonNode lossesBatch = get(batched, "losses?period=DAY&date=2026-11-20");
    assertThat(lossesBatch).hasSize(3);
    for (JsonNode loss : lossesBatch) {
      String reason = loss.get("reason").asString();
      assertThat(loss.get("amount").decimalValue())
          .as(reason)
          .isEqualByComparingTo(
              switch (reason) {
                case "WASTE" -> "0.24";
                case "INCIDENT" -> "0.75";
                default -> "2.00";
              });
      assertThat(amountOf(lossesOne, reason))
          .as(reason)
          .isEqualByComparingTo(loss.get("amount").decimalValue());
    }

    JsonNode marginsOne = get(oneByOne, "margins?period=DAY&date=2026-11-20");
    JsonNode marginsBatch = get(batched, "margins?period=DAY&date=2026-11-20");
    assertThat(marginsBatch).hasSize(2);
    assertThat(marginsBatch.get(0).get("productName").asString()).isEqualTo("Reine");
    assertThat(marginsBatch.get(0).get("costOfGoods").decimalValue()).isEqualByComparingTo("1.99");
    assertThat(marginsBatch.get(1).get("costOfGoods").decimalValue()).isEqualByComparingTo("1.42");
    for (int i = 0; i < 2; i++) {
      assertThat(marginsBatch.get(i).get("costOfGoods").decimalValue())
          .isEqualByComparingTo(marginsOne.get(i).get("costOfGoods").decimalValue());
      assertThat(marginsBatch.get(i).get("grossMargin").decimalValue())
          .isEqualByComparingTo(marginsOne.get(i).get("grossMargin").decimalValue());
    }

    // Cheese went back to its threshold mid-batch (a delivery) before orders took it again: its
    // alert closed. Tomato stayed under: its alert knows the stock left.
    JsonNode alertsOne = get(oneByOne, "low-stock");
    JsonNode alertsBatch = get(batched, "low-stock");
    assertThat(alertsBatch).hasSize(1);
    assertThat(alertsBatch.get(0).get("ingredientId").asLong()).isEqualTo(2);
    assertThat(alertsBatch.get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
    assertThat(alertsOne).hasSize(1);
    assertThat(alertsOne.get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
  }

  @Test
  void anOrdersReservationsRunFarFewerStatementsAsOneBatch() {
    List<FeedEvent> first = typicalOrder(oneByOne);
    List<FeedEvent> second = typicalOrder(batched);
    FeedConsumer consumer = feeds.consumer("stock");

    long alone = statements(() -> first.forEach(event -> consumer.applyAll(List.of(event))));
    long together = statements(() -> consumer.applyAll(second));

    System.out.printf(
        Locale.ROOT,
        "Stock feed, an order's %d reservations: %d statements one by one, %d as one batch%n",
        first.size(),
        alone,
        together);
    assertThat(together).isLessThan(alone / 2);
    assertThat(summary(batched).get("costOfGoods").decimalValue())
        .isEqualByComparingTo(summary(oneByOne).get("costOfGoods").decimalValue())
        .isEqualByComparingTo("1.20");
  }

  /**
   * Statements the server ran for the work, counted on the transaction's own connection (the
   * session counters of MariaDB; the counting queries themselves are taken off).
   */
  private long statements(Runnable work) {
    return transaction.execute(
        status -> {
          long before = questions();
          long empty = questions() - before;
          long start = questions();
          work.run();
          return questions() - start - empty;
        });
  }

  private long questions() {
    return jdbc.sql("SHOW SESSION STATUS LIKE 'Questions'")
        .query((rs, n) -> rs.getLong(2))
        .single();
  }

  /**
   * Two orders of a day (their OrderPlaced delivered now) and the stock events of the day, to be
   * delivered: one order reserves three ingredients and gives part of one back; a waste; the cheese
   * alert sees a delivery bring it back to its threshold, then reservations.
   */
  private List<FeedEvent> day(long pizzeria) {
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    feeds.send(
        "order",
        "OrderPlaced",
        order(
            a,
            pizzeria,
            null,
            "WEB",
            "TAKEAWAY",
            "2026-11-20T18:30:00Z",
            "0",
            "24.00",
            "{\"10\":\"2.40\"}",
            "26.40",
            "CASH",
            List.of(
                line(1, "Margherita", "MEDIUM", 1, "10.00", "10"),
                line(2, "Reine", "LARGE", 2, "7.00", "10"))));
    String c = UUID.randomUUID().toString();
    String d = UUID.randomUUID().toString();
    unsold(pizzeria, c, "INCIDENT");
    unsold(pizzeria, d, "CANCELLED");
    feeds.send("stock", "LowStock", lowStock(pizzeria, 1, "100", "150"));
    feeds.send("stock", "LowStock", lowStock(pizzeria, 2, "5", "10"));
    List<FeedEvent> events = new ArrayList<>();
    String at = "2026-11-20T18:30:01Z";
    events.add(stock(moved(pizzeria, 1, "60", "0.012", "SUPPLIER_DELIVERY", null, at)));
    events.add(stock(moved(pizzeria, 1, "-200", "0.012", "ORDER_RESERVED", a, at)));
    events.add(stock(moved(pizzeria, 2, "-2", "0.30", "ORDER_RESERVED", a, at)));
    events.add(stock(moved(pizzeria, 3, "-1", "1.00515", "ORDER_RESERVED", a, at)));
    events.add(stock(moved(pizzeria, 1, "-20", "0.012", "WASTE", null, at)));
    events.add(stock(moved(pizzeria, 1, "50", "0.012", "ORDER_RELEASED", a, at)));
    // An order whose placement has not arrived yet: its cost waits for it.
    events.add(stock(moved(pizzeria, 4, "-1", "0.50", "ORDER_RESERVED", b, at)));
    events.add(stock(moved(pizzeria, 4, "1", "0.50", "ORDER_RELEASED", b, at)));
    // Lost on its way: a loss at its net cost. Cancelled once prepared: a loss at what it took.
    events.add(stock(moved(pizzeria, 5, "-2", "0.75", "ORDER_RESERVED", c, at)));
    events.add(stock(moved(pizzeria, 5, "1", "0.75", "ORDER_RELEASED", c, at)));
    events.add(stock(moved(pizzeria, 6, "-1", "2.00", "ORDER_RESERVED", d, at)));
    events.add(stock(moved(pizzeria, 6, "1", "2.00", "ORDER_RELEASED", d, at)));
    return events;
  }

  /** An order placed, prepared, then lost or cancelled. */
  private void unsold(long pizzeria, String orderId, String end) {
    feeds.send(
        "order",
        "OrderPlaced",
        order(
            orderId,
            pizzeria,
            null,
            "PHONE",
            "DELIVERY",
            "2026-11-20T19:00:00Z",
            "0",
            "10.00",
            "{\"10\":\"1.00\"}",
            "11.00",
            "CASH",
            List.of(line(1, "Margherita", "MEDIUM", 1, "10.00", "10"))));
    feeds.send(
        "order",
        "OrderStatusChanged",
        status(orderId, pizzeria, "RECEIVED", "IN_PREPARATION", "2026-11-20T19:10:00Z"));
    feeds.send(
        "order",
        "OrderStatusChanged",
        status(orderId, pizzeria, "IN_PREPARATION", end, "2026-11-20T19:20:00Z"));
  }

  /** A two-line order placed now, and its twelve reservations; one ingredient is on alert. */
  private List<FeedEvent> typicalOrder(long pizzeria) {
    String a = UUID.randomUUID().toString();
    feeds.send(
        "order",
        "OrderPlaced",
        order(
            a,
            pizzeria,
            null,
            "WEB",
            "TAKEAWAY",
            "2026-11-20T18:30:00Z",
            "0",
            "24.00",
            "{\"10\":\"2.40\"}",
            "26.40",
            "CASH",
            List.of(
                line(1, "Margherita", "MEDIUM", 1, "10.00", "10"),
                line(2, "Reine", "LARGE", 2, "7.00", "10"))));
    feeds.send("stock", "LowStock", lowStock(pizzeria, 1, "100", "150"));
    List<FeedEvent> events = new ArrayList<>();
    for (long ingredient = 1; ingredient <= 12; ingredient++) {
      events.add(
          stock(
              moved(
                  pizzeria,
                  ingredient,
                  "-10",
                  "0.01",
                  "ORDER_RESERVED",
                  a,
                  "2026-11-20T18:30:01Z")));
    }
    return events;
  }

  private static FeedEvent stock(String payload) {
    return Feeds.event("StockMoved", payload);
  }

  private static String lowStock(
      long pizzeria, long ingredient, String quantity, String threshold) {
    return String.format(
        Locale.ROOT,
        "{\"pizzeriaId\":%d,\"ingredientId\":%d,\"ingredientName\":\"I%d\",\"quantity\":%s,"
            + "\"threshold\":%s}",
        pizzeria,
        ingredient,
        ingredient,
        quantity,
        threshold);
  }

  private static java.math.BigDecimal amountOf(JsonNode rows, String reason) {
    for (JsonNode row : rows) {
      if (row.get("reason").asString().equals(reason)) {
        return row.get("amount").decimalValue();
      }
    }
    return null;
  }

  private JsonNode summary(long pizzeria) {
    return get(pizzeria, "summary?period=DAY&date=2026-11-20").get("current");
  }

  private JsonNode get(long pizzeria, String query) {
    Api manager = Api.as(port, TestTokens.staff(pizzeria, "MANAGER"));
    Api.Answer answer =
        manager.get(
            "/api/management/dashboard/"
                + query
                + (query.contains("?") ? "&" : "?")
                + "pizzeriaId="
                + pizzeria);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }
}
