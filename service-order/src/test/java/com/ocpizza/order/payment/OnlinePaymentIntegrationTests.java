package com.ocpizza.order.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Online card payment through the simulator's hosted page and its signed callback. */
class OnlinePaymentIntegrationTests extends LiveOrderService {

  static final String PAYS = "4242 4242 4242 4242";
  static final String DECLINED = "4000 0000 0000 0002";

  private final HttpClient browser = HttpClient.newHttpClient();

  /** Goes through checkout, the hosted page and the card form; answers the callback's URI. */
  URI payWithCard(String account, String orderId, String card) throws Exception {
    Api.Answer checkout = customer(account).post("/api/orders/" + orderId + "/payment", "");
    assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
    URI page =
        URI.create("http://127.0.0.1:" + port + checkout.json().path("redirectUrl").asString());
    HttpResponse<String> html =
        browser.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("Card number");

    var query = UriComponentsBuilder.fromUri(page).build().getQueryParams();
    String form =
        "amount="
            + query.getFirst("amount")
            + "&signature="
            + query.getFirst("signature")
            + "&card="
            + URLEncoder.encode(card, StandardCharsets.UTF_8);
    HttpResponse<String> paid =
        browser.send(
            HttpRequest.newBuilder(page.resolve(page.getPath()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(303);
    return page.resolve(paid.headers().firstValue("Location").orElseThrow());
  }

  int follow(URI callback) throws IOException, InterruptedException {
    return browser
        .send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  JsonNode order(String account, String id) {
    return customer(account).get("/api/orders/" + id).json();
  }

  @Test
  void aCardThatPaysMovesTheOrderToTheKitchenQueue() throws Exception {
    String id = place("pay-ada", takeaway(2, "ONLINE_CARD"));
    assertThat(order("pay-ada", id).path("status").asString()).isEqualTo("AWAITING_PAYMENT");

    assertThat(follow(payWithCard("pay-ada", id, PAYS))).isEqualTo(200);

    JsonNode paid = order("pay-ada", id);
    assertThat(paid.path("status").asString()).isEqualTo("RECEIVED");
    assertThat(paid.path("paymentStatus").asString()).isEqualTo("PAID");
    assertThat(paid.path("amountPaid").decimalValue()).isEqualByComparingTo("20.00");
    assertThat(paid.path("amountDue").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void aBrowserBackFromThePaymentPageLandsOnItsOrderInTheWebFrontWithTheOutcome() throws Exception {
    String id = place("pay-fay", takeaway(1, "ONLINE_CARD"));

    HttpResponse<String> back =
        browser.send(
            HttpRequest.newBuilder(payWithCard("pay-fay", id, DECLINED))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(back.statusCode()).isEqualTo(303);
    assertThat(back.headers().firstValue("Location"))
        .hasValue("/app/orders/" + id + "?payment=DECLINED");
    assertThat(order("pay-fay", id).path("paymentStatus").asString()).isEqualTo("FAILED");
  }

  @Test
  void aDeclinedCardLetsTheCustomerRetry() throws Exception {
    String id = place("pay-bob", takeaway(1, "ONLINE_CARD"));

    assertThat(follow(payWithCard("pay-bob", id, DECLINED))).isEqualTo(200);

    JsonNode declined = order("pay-bob", id);
    assertThat(declined.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
    assertThat(declined.path("paymentStatus").asString()).isEqualTo("FAILED");

    assertThat(follow(payWithCard("pay-bob", id, PAYS))).isEqualTo(200);
    JsonNode paid = order("pay-bob", id);
    assertThat(paid.path("status").asString()).isEqualTo("RECEIVED");
    assertThat(paid.path("paymentStatus").asString()).isEqualTo("PAID");
  }

  @Test
  void aDeclinedCardLetsTheCustomerSwitchToPayingAtPickup() throws Exception {
    String id = place("pay-cid", takeaway(1, "ONLINE_CARD"));
    follow(payWithCard("pay-cid", id, DECLINED));

    Api.Answer later =
        customer("pay-cid").post("/api/orders/" + id + "/pay-later", "{\"method\":\"CASH\"}");

    assertThat(later.status()).as(later.body()).isEqualTo(200);
    assertThat(later.json().path("status").asString()).isEqualTo("RECEIVED");
    assertThat(later.json().path("paymentMethod").asString()).isEqualTo("CASH");
    assertThat(later.json().path("paymentStatus").asString()).isEqualTo("PENDING");
    assertThat(later.json().path("amountDue").decimalValue()).isEqualByComparingTo("10.00");
  }

  @Test
  void aCallbackWithABadSignatureIsRefusedAndChangesNothing() throws Exception {
    String id = place("pay-dan", takeaway(1, "ONLINE_CARD"));
    URI genuine = payWithCard("pay-dan", id, PAYS);
    String forged =
        genuine.toString().replaceAll("signature=[0-9a-f]+", "signature=" + "ab".repeat(32));
    String events = eventTypes(id).toString();

    assertThat(follow(URI.create(forged))).isEqualTo(400);
    assertThat(follow(URI.create(genuine.toString().replace("outcome=PAID", "outcome=DECLINED"))))
        .isEqualTo(400);

    assertThat(statusOf(id)).isEqualTo("AWAITING_PAYMENT");
    assertThat(order("pay-dan", id).path("paymentStatus").asString()).isEqualTo("PENDING");
    assertThat(eventTypes(id).toString()).isEqualTo(events);
  }

  @Test
  void cancellingAPaidOrderRefundsItAndReleasesItsStock() throws Exception {
    String id = place("pay-eve", takeaway(3, "ONLINE_CARD"));
    follow(payWithCard("pay-eve", id, PAYS));
    assertThat(NEIGHBOURS.reservations()).containsKey(id);

    Api.Answer cancelled = customer("pay-eve").post("/api/orders/" + id + "/cancel", "{}");

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().path("paymentStatus").asString()).isEqualTo("REFUNDED");
    assertThat(cancelled.json().path("amountPaid").decimalValue()).isEqualByComparingTo("0");
    assertThat(NEIGHBOURS.reservations()).doesNotContainKey(id);
    assertThat(
            jdbc.sql(
                    "SELECT payload FROM event_outbox WHERE aggregate_id = ?"
                        + " AND type = 'PaymentRecorded' ORDER BY id")
                .param(id)
                .query(String.class)
                .list())
        .last()
        .satisfies(
            p -> assertThat(p).contains("\"status\":\"REFUNDED\"").contains("\"amount\":-30"));
  }

  @Test
  void aPaidOrderMadeSmallerIsRefundedTheDifferenceAndStaysPaid() throws Exception {
    String id = place("pay-fay", takeaway(3, "ONLINE_CARD"));
    follow(payWithCard("pay-fay", id, PAYS));

    Api.Answer smaller =
        customer("pay-fay")
            .put(
                "/api/orders/" + id,
                "{\"lines\":[{\"productId\":10,\"size\":\"MEDIUM\",\"count\":1}]}");

    assertThat(smaller.status()).as(smaller.body()).isEqualTo(200);
    assertThat(smaller.json().path("totalInclVat").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(smaller.json().path("amountPaid").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(smaller.json().path("amountDue").decimalValue()).isEqualByComparingTo("0");
    assertThat(smaller.json().path("paymentStatus").asString()).isEqualTo("PAID");
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 1);
    assertThat(
            jdbc.sql(
                    "SELECT payload FROM event_outbox WHERE aggregate_id = ?"
                        + " AND type = 'PaymentRecorded' ORDER BY id")
                .param(id)
                .query(String.class)
                .list())
        .last()
        .satisfies(
            p ->
                assertThat(p)
                    .contains("\"status\":\"REFUNDED\"")
                    .contains("\"amount\":-20")
                    .contains("\"orderPaymentStatus\":\"PAID\""));
  }
}
