package com.ocpizza.client.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.client.customer.CustomerService;
import com.ocpizza.common.feed.FeedEvent;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.Api.Answer;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class CustomerStatisticsIntegrationTests {

  static final AtomicLong IDS = new AtomicLong(1_000);

  @Autowired CustomerService customers;
  @Autowired OrderFeedConsumer consumer;
  @Autowired TransactionTemplate transaction;
  @LocalServerPort int port;
  final JsonMapper json = new JsonMapper();
  String account;
  String customerId;

  @BeforeEach
  void customerWithAnAccount() {
    account = UUID.randomUUID().toString();
    customers.accountRegistered(account, account + "@example.fr", "Léa", "Martin", null);
    customerId = customers.profileOf(account).id();
  }

  @Test
  void countsPlacedOrdersTotalsAndFavouritesLeavingOutCancelledOnes() {
    String first =
        placed("2026-11-20T19:00:00Z", "25.30", line(1, "Margherita", 2), line(2, "Reine", 1));
    placed("2026-11-22T20:00:00Z", "12.65", line(1, "Margherita", 1));
    String cancelled = placed("2026-11-23T20:00:00Z", "99.00", line(2, "Reine", 9));
    apply("OrderStatusChanged", "{\"orderId\":\"" + cancelled + "\",\"to\":\"CANCELLED\"}");
    apply(
        "OrderModified",
        "{\"orderId\":\""
            + first
            + "\",\"totalInclVat\":\"28.60\",\"lines\":["
            + line(1, "Margherita", 2)
            + ","
            + line(2, "Reine", 2)
            + "]}");

    Answer stats = Api.customer(port, account).get("/api/customers/me/statistics");

    assertThat(stats.status()).isEqualTo(200);
    assertThat(stats.json().get("orderCount").asInt()).isEqualTo(2);
    assertThat(stats.json().get("totalSpent").decimalValue()).isEqualByComparingTo("41.25");
    assertThat(stats.json().get("lastOrderAt").asString()).startsWith("2026-11-22T20:00");
    assertThat(stats.json().get("favourites").get(0).get("productName").asString())
        .isEqualTo("Margherita");
    assertThat(stats.json().get("favourites").get(0).get("count").asInt()).isEqualTo(3);
    assertThat(stats.json().get("favourites").get(1).get("count").asInt()).isEqualTo(2);
  }

  @Test
  void counterStaffSeeTheStatisticsOfTheCustomerOnThePhone() {
    placed("2026-11-20T19:00:00Z", "12.65", line(1, "Margherita", 1));

    Answer stats =
        Api.as(port, TestTokens.staff(2, "COUNTER"))
            .get("/api/customers/" + customerId + "/statistics");

    assertThat(stats.json().get("orderCount").asInt()).isEqualTo(1);
  }

  @Test
  void anOrderDeliveredTwiceCountsOnce() {
    String payload =
        order(
            UUID.randomUUID().toString(),
            "2026-11-20T19:00:00Z",
            "12.65",
            line(1, "Margherita", 1));
    apply("OrderPlaced", payload);
    apply("OrderPlaced", payload);

    assertThat(
            Api.customer(port, account)
                .get("/api/customers/me/statistics")
                .json()
                .get("orderCount")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void anonymousCounterSalesAreNotKept() {
    apply(
        "OrderPlaced",
        "{\"orderId\":\"anon-"
            + UUID.randomUUID()
            + "\",\"customerId\":null,\"pizzeriaId\":1,"
            + "\"placedAt\":\"2026-11-20T19:00:00Z\",\"totalInclVat\":\"12.65\",\"lines\":[]}");

    assertThat(
            Api.customer(port, account)
                .get("/api/customers/me/statistics")
                .json()
                .get("orderCount")
                .asInt())
        .isZero();
  }

  private String placed(String at, String total, String... lines) {
    String orderId = UUID.randomUUID().toString();
    apply("OrderPlaced", order(orderId, at, total, lines));
    return orderId;
  }

  private String order(String orderId, String at, String total, String... lines) {
    return "{\"orderId\":\""
        + orderId
        + "\",\"customerId\":\""
        + customerId
        + "\",\"pizzeriaId\":1,\"placedAt\":\""
        + at
        + "\",\"totalInclVat\":\""
        + total
        + "\",\"lines\":["
        + String.join(",", lines)
        + "]}";
  }

  private static String line(long productId, String name, int count) {
    return "{\"productId\":"
        + productId
        + ",\"productName\":\""
        + name
        + "\",\"size\":\"MEDIUM\",\"count\":"
        + count
        + "}";
  }

  private void apply(String type, String payload) {
    FeedEvent event =
        new FeedEvent(IDS.incrementAndGet(), type, "order", Instant.now(), json.readTree(payload));
    transaction.executeWithoutResult(status -> consumer.apply(event));
  }
}
