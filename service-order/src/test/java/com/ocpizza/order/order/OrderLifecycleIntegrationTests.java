package com.ocpizza.order.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.TestTokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An order's way through the pizzeria after placement, as its staff move it: back to the queue when
 * an ingredient is missing, couriers assigned or taking deliveries, out for delivery, delivered and
 * paid at the door, incidents; and what the feed tells management about it.
 */
class OrderLifecycleIntegrationTests extends LiveOrderService {

  private static final JsonMapper JSON = new JsonMapper();

  Api manager() {
    return staff(1, "MANAGER");
  }

  Api courier(String id) {
    return Api.as(port, TestTokens.token(id, List.of("COURIER"), 1L, Duration.ofMinutes(15)));
  }

  Api.Answer act(Api who, String id, String action, String body) {
    return who.post("/api/orders/" + id + "/" + action, body);
  }

  /** A delivery placed, prepared and ready for a courier. */
  String readyDelivery(String account) {
    String id = place(account, delivery(2));
    assertThat(act(pizzaiolo(), id, "start-preparation", "").status()).isEqualTo(200);
    assertThat(act(pizzaiolo(), id, "ready", "").status()).isEqualTo(200);
    return id;
  }

  JsonNode lastPayload(String id, String type) {
    String payload =
        jdbc.sql(
                "SELECT payload FROM event_outbox WHERE aggregate_id = ? AND type = ?"
                    + " ORDER BY id DESC LIMIT 1")
            .params(id, type)
            .query(String.class)
            .single();
    return JSON.readTree(payload);
  }

  @Test
  void aMissingIngredientSendsTheOrderBackToTheQueueForTheCounterToCancel() {
    String id = place("life-ada", takeaway(2, "CASH"));
    act(pizzaiolo(), id, "start-preparation", "");

    Api.Answer withoutReason = act(pizzaiolo(), id, "back-to-queue", "{\"reason\":\" \"}");
    Api.Answer back = act(pizzaiolo(), id, "back-to-queue", "{\"reason\":\"mozzarella\"}");

    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    assertThat(back.json().path("status").asString()).isEqualTo("RECEIVED");
    JsonNode history = back.json().path("history");
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.path("from").asString()).isEqualTo("IN_PREPARATION");
    assertThat(last.path("reason").asString()).isEqualTo("missing ingredient: mozzarella");
    assertThat(lastPayload(id, "OrderStatusChanged").path("reason").asString())
        .isEqualTo("missing ingredient: mozzarella");

    Api.Answer cancelled = act(staff(1, "COUNTER"), id, "cancel", "{\"reason\":\"no mozzarella\"}");
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(NEIGHBOURS.reservations()).doesNotContainKey(id);
  }

  @Test
  void aDeliveryAssignedByTheManagerIsTakenByItsCourierDeliveredAndPaidAtTheDoor() {
    String id = readyDelivery("life-bob");
    assertThat(act(courier("courier-b"), id, "courier", "{\"courierId\":\"courier-a\"}").status())
        .isEqualTo(403);

    Api.Answer assigned = act(manager(), id, "courier", "{\"courierId\":\"courier-a\"}");

    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().path("courierId").asString()).isEqualTo("courier-a");
    assertThat(act(courier("courier-b"), id, "out-for-delivery", "").status()).isEqualTo(403);

    Api.Answer onTheRoad = act(courier("courier-a"), id, "out-for-delivery", "");
    assertThat(onTheRoad.status()).as(onTheRoad.body()).isEqualTo(200);
    assertThat(onTheRoad.json().path("status").asString()).isEqualTo("OUT_FOR_DELIVERY");

    Api.Answer delivered = act(courier("courier-a"), id, "delivered", "");
    assertThat(delivered.json().path("status").asString()).isEqualTo("DELIVERED");
    assertThat(delivered.json().path("finished").asBoolean()).isFalse();
    String due = delivered.json().path("amountDue").decimalValue().toPlainString();
    Api.Answer tooMuch =
        act(courier("courier-a"), id, "payments", "{\"method\":\"CASH\",\"amount\":999.00}");
    assertThat(tooMuch.status()).isEqualTo(422);

    Api.Answer paid =
        act(
            courier("courier-a"),
            id,
            "payments",
            "{\"method\":\"MEAL_VOUCHER\",\"amount\":" + due + "}");

    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.json().path("paymentStatus").asString()).isEqualTo("PAID");
    assertThat(paid.json().path("amountDue").decimalValue()).isZero();
    assertThat(paid.json().path("finished").asBoolean()).isTrue();
    JsonNode recorded = lastPayload(id, "PaymentRecorded");
    assertThat(recorded.path("method").asString()).isEqualTo("MEAL_VOUCHER");
    assertThat(recorded.path("orderPaymentStatus").asString()).isEqualTo("PAID");
    assertThat(
            jdbc.sql(
                    "SELECT h.actor FROM order_status_history h JOIN orders o ON o.id = h.order_id"
                        + " WHERE o.public_id = ? AND h.to_status = 'DELIVERED'")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("courier-a");
  }

  @Test
  void aCourierTakesAnUnassignedDeliveryAndNoOtherCourierCanThen() {
    String id = readyDelivery("life-cid");

    Api.Answer taken = act(courier("courier-c"), id, "out-for-delivery", "");

    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    assertThat(taken.json().path("courierId").asString()).isEqualTo("courier-c");
    assertThat(act(courier("courier-d"), id, "out-for-delivery", "").status()).isEqualTo(403);
    assertThat(
            staff(1, "COURIER").get("/api/pizzerias/1/orders/deliveries").json().findValues("id"))
        .noneMatch(node -> node.asString().equals(id));
  }

  @Test
  void aCourierClaimsAReadyDeliveryBeforeLeavingSoThatAnotherCannotTakeIt() {
    String id = readyDelivery("life-claim");

    Api.Answer claimed = act(courier("courier-f"), id, "take", "");

    assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
    assertThat(claimed.json().path("courierId").asString()).isEqualTo("courier-f");
    assertThat(claimed.json().path("status").asString()).isEqualTo("READY");
    Api.Answer second = act(courier("courier-g"), id, "take", "");
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    assertThat(second.body()).contains("Another courier has already taken this delivery");
    assertThat(act(courier("courier-g"), id, "out-for-delivery", "").status()).isEqualTo(403);
    assertThat(act(courier("courier-f"), id, "out-for-delivery", "").status()).isEqualTo(200);
  }

  @Test
  void theManagerClosesALostDeliveryAsAnIncidentWithoutGivingItsStockBack() {
    String id = readyDelivery("life-dan");
    act(courier("courier-e"), id, "out-for-delivery", "");
    assertThat(act(courier("courier-e"), id, "incident", "{\"reason\":\"lost\"}").status())
        .isEqualTo(403);

    Api.Answer incident = act(manager(), id, "incident", "{\"reason\":\"refused at the door\"}");

    assertThat(incident.status()).as(incident.body()).isEqualTo(200);
    assertThat(incident.json().path("status").asString()).isEqualTo("INCIDENT");
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 2);
    assertThat(act(courier("courier-e"), id, "delivered", "").status()).isEqualTo(409);
    assertThat(lastPayload(id, "OrderStatusChanged").path("reason").asString())
        .isEqualTo("refused at the door");
  }

  @Test
  void placementTellsManagementTheCustomersNameAndTheDeliveryAddress() {
    String id = place("life-eve", delivery(1));

    JsonNode placed = lastPayload(id, "OrderPlaced");

    assertThat(placed.path("customerName").asString()).isEqualTo("Ada Lovelace");
    assertThat(placed.path("deliveryAddress").path("street").asString())
        .isEqualTo("1 rue Oberkampf");
    assertThat(placed.path("deliveryAddress").path("postcode").asString()).isEqualTo("75011");
    assertThat(placed.path("deliveryAddress").path("city").asString()).isEqualTo("Paris");
    assertThat(placed.path("deliveryPostcode").asString()).isEqualTo("75011");
    JsonNode received = lastPayload(id, "OrderStatusChanged");
    assertThat(received.path("to").asString()).isEqualTo("RECEIVED");
    assertThat(received.path("fromSince").isNull()).isFalse();
  }

  @Test
  void aNewDeliveryAddressInTheAreaReplacesTheOldOneAndOneOutsideChangesNothing() {
    String id = place("life-fay", delivery(1));
    String lines = "[{\"productId\":10,\"size\":\"MEDIUM\",\"count\":1}]";

    Api.Answer outside =
        customer("life-fay")
            .put(
                "/api/orders/" + id,
                "{\"lines\":%s,\"address\":{\"street\":\"1 place du Marché\",\"postcode\":\"93200\",\"city\":\"Saint-Denis\"}}"
                    .formatted(lines));
    Api.Answer moved =
        customer("life-fay")
            .put(
                "/api/orders/" + id,
                "{\"lines\":%s,\"address\":{\"street\":\"5 rue de la Roquette\",\"complement\":\"3e étage\",\"postcode\":\"75011\",\"city\":\"Paris\",\"instructions\":\"code 1234\"}}"
                    .formatted(lines));

    assertThat(outside.status()).as(outside.body()).isEqualTo(422);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("deliveryAddress").path("street").asString())
        .isEqualTo("5 rue de la Roquette");
    assertThat(moved.json().path("deliveryAddress").path("instructions").asString())
        .isEqualTo("code 1234");
    JsonNode modified = lastPayload(id, "OrderModified");
    assertThat(modified.path("deliveryAddress").path("street").asString())
        .isEqualTo("5 rue de la Roquette");
    assertThat(modified.path("deliveryAddress").path("complement").asString())
        .isEqualTo("3e étage");
    assertThat(modified.path("customerName").asString()).isEqualTo("Ada Lovelace");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM event_outbox WHERE aggregate_id = ? AND type = 'OrderModified'")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
