package com.ocpizza.management.dashboard;

import static com.ocpizza.management.OrderMother.line;
import static com.ocpizza.management.OrderMother.moved;
import static com.ocpizza.management.OrderMother.order;
import static com.ocpizza.management.OrderMother.payment;
import static com.ocpizza.management.OrderMother.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedCursors;
import com.ocpizza.management.Feeds;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One hand-computed day at one pizzeria, fed through the consumers (the stock feed first, as it may
 * well arrive before the order feed), and every figure of the dashboards checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class DashboardKpisIntegrationTests {

  @Autowired FeedCursors cursors;
  @Autowired List<FeedConsumer> consumers;
  @LocalServerPort int port;

  Feeds feeds;
  long pizzeria;
  Api manager;

  @BeforeEach
  void aDayOfSales() {
    feeds = new Feeds(cursors, consumers);
    pizzeria = ThreadLocalRandom.current().nextLong(10_000, 1_000_000);
    manager = Api.as(port, TestTokens.staff(pizzeria, "MANAGER"));
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    String c = UUID.randomUUID().toString();
    String d = UUID.randomUUID().toString();
    String e = UUID.randomUUID().toString();

    // Stock feed: ingredient costs of the orders, waste and inventory corrections.
    stock(moved(pizzeria, 1, "-200", "0.012", "ORDER_RESERVED", a, "2026-11-20T18:30:01Z"));
    stock(moved(pizzeria, 2, "-2", "0.30", "ORDER_RESERVED", a, "2026-11-20T18:30:01Z"));
    stock(moved(pizzeria, 3, "-1", "1.00", "ORDER_RESERVED", a, "2026-11-20T18:30:01Z"));
    stock(moved(pizzeria, 1, "-250", "0.012", "ORDER_RESERVED", b, "2026-11-20T11:00:01Z"));
    stock(moved(pizzeria, 1, "250", "0.012", "ORDER_RELEASED", b, "2026-11-20T11:01:00Z"));
    stock(moved(pizzeria, 1, "-250", "0.014", "ORDER_RESERVED", b, "2026-11-20T11:01:00Z"));
    stock(moved(pizzeria, 1, "-100", "0.02", "ORDER_RESERVED", c, "2026-11-20T19:00:01Z"));
    stock(moved(pizzeria, 1, "-100", "0.02", "ORDER_RESERVED", d, "2026-11-20T17:00:01Z"));
    stock(moved(pizzeria, 1, "100", "0.02", "ORDER_RELEASED", d, "2026-11-20T17:06:01Z"));
    stock(moved(pizzeria, 1, "-100", "0.02", "ORDER_RESERVED", e, "2026-11-20T16:00:01Z"));
    stock(moved(pizzeria, 1, "100", "0.02", "ORDER_RELEASED", e, "2026-11-20T16:01:01Z"));
    stock(moved(pizzeria, 1, "-500", "0.012", "WASTE", null, "2026-11-20T15:00:00Z"));
    stock(
        moved(pizzeria, 1, "-100", "0.012", "INVENTORY_CORRECTION", null, "2026-11-20T22:00:00Z"));
    stock(moved(pizzeria, 4, "20", "0.012", "INVENTORY_CORRECTION", null, "2026-11-20T22:00:00Z"));

    // A: web delivery, 2 Margherita + 1 beer + delivery fee, delivered and paid.
    orders(
        "OrderPlaced",
        order(
            a,
            pizzeria,
            "cust-a",
            "WEB",
            "DELIVERY",
            "2026-11-20T18:30:00Z",
            "2.00",
            "26.00",
            "{\"10.0\":\"2.20\",\"20.0\":0.80}",
            "29.00",
            "CASH",
            List.of(
                line(1, "Margherita", "MEDIUM", 2, "10.00", "10.0"),
                line(20, "Bière 25 cl", "UNIQUE", 1, "4.00", "20.0"))));
    orders(
        "OrderStatusChanged",
        status(a, pizzeria, "RECEIVED", "IN_PREPARATION", "2026-11-20T18:40:00Z"));
    orders(
        "OrderStatusChanged",
        status(a, pizzeria, "IN_PREPARATION", "READY", "2026-11-20T18:52:00Z"));
    orders(
        "OrderStatusChanged",
        status(a, pizzeria, "READY", "OUT_FOR_DELIVERY", "2026-11-20T18:55:00Z"));
    orders(
        "OrderStatusChanged",
        status(a, pizzeria, "OUT_FOR_DELIVERY", "DELIVERED", "2026-11-20T19:15:00Z"));
    orders("PaymentRecorded", payment(a, pizzeria, "CASH", "29.00"));

    // B: counter takeaway, placed as a Margherita then modified to a large Reine.
    orders(
        "OrderPlaced",
        order(
            b,
            pizzeria,
            null,
            "COUNTER",
            "TAKEAWAY",
            "2026-11-20T11:00:00Z",
            "0",
            "10.00",
            "[{\"rate\":\"10\",\"amount\":\"1.00\"}]",
            "11.00",
            "CARD",
            List.of(line(1, "Margherita", "MEDIUM", 1, "10.00", "10"))));
    orders(
        "OrderModified",
        order(
            b,
            pizzeria,
            null,
            "COUNTER",
            "TAKEAWAY",
            "2026-11-20T11:00:00Z",
            "0",
            "12.00",
            "{\"10\":1.20}",
            "13.20",
            "CARD",
            List.of(line(2, "Reine", "LARGE", 1, "12.00", "10"))));
    orders(
        "OrderStatusChanged",
        status(b, pizzeria, "RECEIVED", "IN_PREPARATION", "2026-11-20T11:05:00Z"));
    orders(
        "OrderStatusChanged",
        status(b, pizzeria, "IN_PREPARATION", "READY", "2026-11-20T11:20:00Z"));
    orders("OrderStatusChanged", status(b, pizzeria, "READY", "COLLECTED", "2026-11-20T11:30:00Z"));

    // C: phone delivery lost on the road (incident).
    orders(
        "OrderPlaced",
        order(
            c,
            pizzeria,
            null,
            "PHONE",
            "DELIVERY",
            "2026-11-20T19:00:00Z",
            "0",
            "10.00",
            "{\"10.0\":\"1.00\"}",
            "11.00",
            "CASH",
            List.of(line(1, "Margherita", "MEDIUM", 1, "10.00", "10.0"))));
    orders(
        "OrderStatusChanged",
        status(c, pizzeria, "RECEIVED", "IN_PREPARATION", "2026-11-20T19:10:00Z"));
    orders(
        "OrderStatusChanged",
        status(c, pizzeria, "IN_PREPARATION", "READY", "2026-11-20T19:20:00Z"));
    orders(
        "OrderStatusChanged",
        status(c, pizzeria, "READY", "OUT_FOR_DELIVERY", "2026-11-20T19:25:00Z"));
    orders(
        "OrderStatusChanged",
        status(c, pizzeria, "OUT_FOR_DELIVERY", "INCIDENT", "2026-11-20T19:50:00Z"));

    // D: prepared, sent back for a missing ingredient, then cancelled.
    orders(
        "OrderPlaced",
        order(
            d,
            pizzeria,
            null,
            "WEB",
            "TAKEAWAY",
            "2026-11-20T17:00:00Z",
            "0",
            "10.00",
            "{\"10.0\":\"1.00\"}",
            "11.00",
            "CASH",
            List.of(line(1, "Margherita", "MEDIUM", 1, "10.00", "10.0"))));
    orders(
        "OrderStatusChanged",
        status(d, pizzeria, "RECEIVED", "IN_PREPARATION", "2026-11-20T17:02:00Z"));
    orders(
        "OrderStatusChanged",
        status(d, pizzeria, "IN_PREPARATION", "RECEIVED", "2026-11-20T17:05:00Z"));
    orders(
        "OrderStatusChanged", status(d, pizzeria, "RECEIVED", "CANCELLED", "2026-11-20T17:06:00Z"));

    // E: cancelled before preparation: no sale, no loss.
    orders(
        "OrderPlaced",
        order(
            e,
            pizzeria,
            null,
            "WEB",
            "TAKEAWAY",
            "2026-11-20T16:00:00Z",
            "0",
            "10.00",
            "{\"10.0\":\"1.00\"}",
            "11.00",
            "CASH",
            List.of(line(1, "Margherita", "MEDIUM", 1, "10.00", "10.0"))));
    orders(
        "OrderStatusChanged", status(e, pizzeria, "RECEIVED", "CANCELLED", "2026-11-20T16:01:00Z"));
  }

  @Test
  void summaryGivesEveryFigureOfTheDay() {
    JsonNode kpis = summary("period=DAY&date=2026-11-20").get("current");

    assertThat(kpis.get("orders").asLong()).isEqualTo(2);
    assertThat(kpis.get("revenueExclVat").decimalValue()).isEqualByComparingTo("38.00");
    assertThat(kpis.get("vat").decimalValue()).isEqualByComparingTo("4.20");
    assertThat(kpis.get("revenueInclVat").decimalValue()).isEqualByComparingTo("42.20");
    assertThat(kpis.get("vatByRate").get(0).get("rate").decimalValue()).isEqualByComparingTo("10");
    assertThat(kpis.get("vatByRate").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("3.40");
    assertThat(kpis.get("vatByRate").get(1).get("rate").decimalValue()).isEqualByComparingTo("20");
    assertThat(kpis.get("vatByRate").get(1).get("amount").decimalValue())
        .isEqualByComparingTo("0.80");
    assertThat(kpis.get("costOfGoods").decimalValue()).isEqualByComparingTo("7.50");
    assertThat(kpis.get("grossMargin").decimalValue()).isEqualByComparingTo("30.50");
    assertThat(kpis.get("marginRate").decimalValue()).isEqualByComparingTo("80.3");
    assertThat(kpis.get("losses").decimalValue()).isEqualByComparingTo("10.96");
    assertThat(kpis.get("averageBasketInclVat").decimalValue()).isEqualByComparingTo("21.10");
    assertThat(kpis.get("averageBasketExclVat").decimalValue()).isEqualByComparingTo("19.00");
  }

  @Test
  void preparationWaitingAndDeliveryTimesArePercentilesOfTheDay() {
    JsonNode times = summary("period=DAY&date=2026-11-20").get("current").get("times");

    assertThat(times.get(0).get("stage").asString()).isEqualTo("WAITING");
    assertThat(times.get(0).get("orders").asLong()).isEqualTo(4);
    assertThat(times.get(0).get("p50Minutes").asInt()).isEqualTo(5);
    assertThat(times.get(0).get("p90Minutes").asInt()).isEqualTo(10);
    assertThat(times.get(1).get("stage").asString()).isEqualTo("PREPARATION");
    assertThat(times.get(1).get("p50Minutes").asInt()).isEqualTo(12);
    assertThat(times.get(1).get("p90Minutes").asInt()).isEqualTo(15);
    assertThat(times.get(2).get("stage").asString()).isEqualTo("DELIVERY");
    assertThat(times.get(2).get("p50Minutes").asInt()).isEqualTo(20);
    assertThat(times.get(2).get("p90Minutes").asInt()).isEqualTo(20);
  }

  @Test
  void lossesAreSplitByReasonAtCost() {
    JsonNode losses = manager.get(path("losses", "period=DAY&date=2026-11-20")).json();

    assertThat(losses).hasSize(4);
    assertThat(amountOf(losses, "reason", "WASTE")).isEqualByComparingTo("6.00");
    assertThat(amountOf(losses, "reason", "INCIDENT")).isEqualByComparingTo("2.00");
    assertThat(amountOf(losses, "reason", "CANCELLED_AFTER_PREPARATION"))
        .isEqualByComparingTo("2.00");
    assertThat(amountOf(losses, "reason", "INVENTORY_SHRINK")).isEqualByComparingTo("0.96");
  }

  @Test
  void marginsByProductShareEachOrdersCostInProportionToPrice() {
    JsonNode margins = manager.get(path("margins", "period=DAY&date=2026-11-20")).json();

    assertThat(margins).hasSize(3);
    assertThat(margins.get(0).get("productName").asString()).isEqualTo("Margherita");
    assertThat(margins.get(0).get("quantity").asLong()).isEqualTo(2);
    assertThat(margins.get(0).get("revenueExclVat").decimalValue()).isEqualByComparingTo("20.00");
    assertThat(margins.get(0).get("costOfGoods").decimalValue()).isEqualByComparingTo("3.33");
    assertThat(margins.get(0).get("grossMargin").decimalValue()).isEqualByComparingTo("16.67");
    assertThat(margins.get(1).get("productName").asString()).isEqualTo("Reine");
    assertThat(margins.get(1).get("size").asString()).isEqualTo("LARGE");
    assertThat(margins.get(1).get("costOfGoods").decimalValue()).isEqualByComparingTo("3.50");
    assertThat(margins.get(1).get("grossMargin").decimalValue()).isEqualByComparingTo("8.50");
    assertThat(margins.get(2).get("costOfGoods").decimalValue()).isEqualByComparingTo("0.67");
    assertThat(margins.get(2).get("grossMargin").decimalValue()).isEqualByComparingTo("3.33");
  }

  @Test
  void topProductsRankByQuantitySold() {
    JsonNode top = manager.get(path("top-products", "period=WEEK&date=2026-11-18")).json();

    assertThat(top)
        .extracting(p -> p.get("productName").asString())
        .containsExactly("Margherita", "Reine", "Bière 25 cl");
    assertThat(top.get(0).get("quantity").asLong()).isEqualTo(2);
    assertThat(top.get(0).get("revenueInclVat").decimalValue()).isEqualByComparingTo("22.00");
  }

  @Test
  void peakHeatmapPlacesOrdersOnTheirParisHourAndWeekday() {
    JsonNode peaks = manager.get(path("peak-hours", "period=MONTH&date=2026-11-01")).json();

    assertThat(peaks).hasSize(2);
    assertThat(peaks.get(0).get("dayOfWeek").asInt()).isEqualTo(5);
    assertThat(peaks.get(0).get("hour").asInt()).isEqualTo(12);
    assertThat(peaks.get(1).get("hour").asInt()).isEqualTo(19);
    assertThat(peaks.get(1).get("orders").asLong()).isEqualTo(1);
    assertThat(peaks.get(1).get("averagePerWeek").decimalValue()).isEqualByComparingTo("0.25");
  }

  @Test
  void comparesWithThePreviousPeriodOfTheSameLength() {
    JsonNode summary = summary("period=CUSTOM&from=2026-11-21&to=2026-11-22");

    assertThat(summary.get("previousFrom").asString()).isEqualTo("2026-11-19");
    assertThat(summary.get("previousTo").asString()).isEqualTo("2026-11-20");
    assertThat(summary.get("previous").get("revenueExclVat").decimalValue())
        .isEqualByComparingTo("38.00");
    assertThat(summary.get("current").get("orders").asLong()).isZero();
    assertThat(summary.get("changes").get("revenueExclVat").decimalValue())
        .isEqualByComparingTo("-100.0");
  }

  @Test
  void timeSeriesAndTablesExportAsCsv() {
    Api.Answer csv = manager.get(path("timeseries.csv", "period=WEEK&date=2026-11-20"));

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .isEqualTo(
            "date,orders,revenueExclVat,revenueInclVat,costOfGoods,grossMargin\r\n"
                + "2026-11-20,2,38.00,42.20,7.50,30.50\r\n");
    assertThat(manager.get(path("losses.csv", "date=2026-11-20")).body())
        .startsWith("reason,amount\r\nWASTE,6.00\r\n");
    assertThat(manager.get(path("margins.csv", "date=2026-11-20")).body())
        .contains("1,Margherita,MEDIUM,2,20.00,3.33,16.67,83.4");
    assertThat(manager.get(path("top-products.csv", "date=2026-11-20")).status()).isEqualTo(200);
    assertThat(manager.get(path("peak-hours.csv", "date=2026-11-20")).body())
        .contains("5,19,1,1.00");
  }

  @Test
  void theChainAddsUpEveryPizzeriaForHeadOffice() {
    JsonNode chain =
        Api.as(port, TestTokens.admin())
            .get("/api/management/dashboard/summary?period=DAY&date=2026-11-20")
            .json()
            .get("current");

    assertThat(chain.get("orders").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(chain.get("revenueExclVat").decimalValue())
        .isGreaterThanOrEqualTo(new java.math.BigDecimal("38.00"));
  }

  @Test
  void badPeriodsAreRefusedWithAProblem() {
    Api.Answer reversed =
        manager.get(path("summary", "period=CUSTOM&from=2026-11-20&to=2026-11-01"));
    Api.Answer tooLong =
        manager.get(path("summary", "period=CUSTOM&from=2020-01-01&to=2026-11-01"));
    Api.Answer unknown = manager.get(path("summary", "period=DECADE"));
    Api.Answer notADate = manager.get(path("summary", "date=yesterday"));

    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.json().get("type").asString()).isEqualTo("urn:ocpizza:problem:validation");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(notADate.status()).isEqualTo(400);
  }

  @Test
  void aManagerSeesOnlyTheirOwnPizzeria() {
    Api.Answer other =
        manager.get("/api/management/dashboard/summary?pizzeriaId=" + (pizzeria + 1));

    assertThat(other.status()).isEqualTo(403);
    assertThat(
            manager
                .get("/api/management/dashboard/summary?date=2026-11-20")
                .json()
                .get("pizzeriaId")
                .asLong())
        .isEqualTo(pizzeria);
  }

  private JsonNode summary(String query) {
    Api.Answer answer = manager.get(path("summary", query));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private String path(String table, String query) {
    return "/api/management/dashboard/" + table + "?pizzeriaId=" + pizzeria + "&" + query;
  }

  private static java.math.BigDecimal amountOf(JsonNode rows, String key, String value) {
    for (JsonNode row : rows) {
      if (row.get(key).asString().equals(value)) {
        return row.get("amount").decimalValue();
      }
    }
    return null;
  }

  private void stock(String payload) {
    feeds.send("stock", "StockMoved", payload);
  }

  private void orders(String type, String payload) {
    feeds.send("order", type, payload);
  }
}
