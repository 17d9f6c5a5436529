package com.ocpizza.order.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The kitchen's queue, the couriers' list and the estimated times customers see. */
class QueuesIntegrationTests extends LiveOrderService {

  List<String> idsIn(Api.Answer list, Set<String> mine) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return StreamSupport.stream(list.json().spliterator(), false)
        .map(o -> o.path("id").asString())
        .filter(mine::contains)
        .toList();
  }

  void post(String id, String action) {
    Api.Answer answer = staff(1, "MANAGER").post("/api/orders/" + id + "/" + action, "");
    assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
  }

  @Test
  void theKitchenSeesOnlyReceivedAndInPreparationOrdersOldestFirst() {
    String first = place("q-ada", takeaway(1, "CASH"));
    String awaitingPayment = place("q-ada", takeaway(1, "ONLINE_CARD"));
    String second = place("q-ada", takeaway(1, "CASH"));
    String ready = place("q-ada", takeaway(1, "CASH"));
    String cancelled = place("q-ada", takeaway(1, "CASH"));
    post(second, "start-preparation");
    post(ready, "start-preparation");
    post(ready, "ready");
    customer("q-ada").post("/api/orders/" + cancelled + "/cancel", "{}");

    Api.Answer kitchen = pizzaiolo().get("/api/pizzerias/1/orders/kitchen");

    assertThat(idsIn(kitchen, Set.of(first, awaitingPayment, second, ready, cancelled)))
        .containsExactly(first, second);
    assertThat(staff(2, "PIZZAIOLO").get("/api/pizzerias/1/orders/kitchen").status())
        .isEqualTo(404);
    assertThat(staff(1, "COURIER").get("/api/pizzerias/1/orders/kitchen").status()).isEqualTo(404);
  }

  @Test
  void couriersSeeOnlyReadyDeliveriesWithAddressAndPhone() {
    String readyDelivery = place("q-bob", delivery(1));
    String readyTakeaway = place("q-bob", takeaway(1, "CASH"));
    String receivedDelivery = place("q-bob", delivery(2));
    for (String id : List.of(readyDelivery, readyTakeaway)) {
      post(id, "start-preparation");
      post(id, "ready");
    }

    Api.Answer deliveries = staff(1, "COURIER").get("/api/pizzerias/1/orders/deliveries");

    assertThat(idsIn(deliveries, Set.of(readyDelivery, readyTakeaway, receivedDelivery)))
        .containsExactly(readyDelivery);
    JsonNode shown =
        StreamSupport.stream(deliveries.json().spliterator(), false)
            .filter(o -> o.path("id").asString().equals(readyDelivery))
            .findFirst()
            .orElseThrow();
    assertThat(shown.path("deliveryAddress").path("postcode").asString()).isEqualTo("75011");
    assertThat(shown.path("customer").path("phone").asString()).isEqualTo("0600000000");
  }

  @Test
  void anOrderBehindOthersIsEstimatedLaterAndAFinishedOneIsNotEstimated() {
    // One order of tonight took ten minutes to prepare: the pace the estimates follow.
    String done = place("q-cid", takeaway(1, "CASH"));
    post(done, "start-preparation");
    post(done, "ready");
    jdbc.sql(
            "UPDATE order_status_history h JOIN orders o ON o.id = h.order_id"
                + " SET h.at = h.at - INTERVAL 10 MINUTE"
                + " WHERE o.public_id = ? AND h.to_status = 'IN_PREPARATION'")
        .param(done)
        .update();

    String ahead = place("q-cid", takeaway(1, "CASH"));
    for (int i = 0; i < 3; i++) {
      place("q-cid", takeaway(1, "CASH"));
    }
    String behind = place("q-cid", delivery(1));

    JsonNode later = customer("q-cid").get("/api/orders/" + behind).json();
    JsonNode sooner = customer("q-cid").get("/api/orders/" + ahead).json();

    Instant behindReady = Instant.parse(later.path("estimatedReadyAt").asString());
    Instant aheadReady = Instant.parse(sooner.path("estimatedReadyAt").asString());
    assertThat(behindReady).isAfter(aheadReady);
    assertThat(Instant.parse(later.path("estimatedDeliveryAt").asString())).isAfter(behindReady);
    assertThat(sooner.path("estimatedDeliveryAt").isNull()).isTrue();

    customer("q-cid").post("/api/orders/" + ahead + "/cancel", "{}");
    JsonNode cancelled = customer("q-cid").get("/api/orders/" + ahead).json();
    assertThat(cancelled.path("estimatedReadyAt").isNull()).isTrue();
  }
}
