package com.ocpizza.order.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.order.FakeNeighbours;
import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import org.junit.jupiter.api.Test;

/** Replacing an order's lines before preparation, and the stock reservation with them. */
class ModifyIntegrationTests extends LiveOrderService {

  static final String THREE_MARGHERITAS_AND_A_WATER =
      """
      {"lines":[{"productId":10,"size":"MEDIUM","count":3},
                {"productId":20,"size":"SINGLE","count":1}]}
      """;

  @Test
  void replacingTheLinesReplacesTheReservationInOneCallAndRepricesTheOrder() {
    String id = place("mod-ada", takeaway(1, "CASH"));
    int callsBefore = NEIGHBOURS.callsFor(id).size();

    Api.Answer modified =
        customer("mod-ada").put("/api/orders/" + id, THREE_MARGHERITAS_AND_A_WATER);

    assertThat(modified.status()).as(modified.body()).isEqualTo(200);
    assertThat(NEIGHBOURS.callsFor(id).subList(callsBefore, NEIGHBOURS.callsFor(id).size()))
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.method()).isEqualTo("PUT");
              assertThat(call.body()).contains("\"count\":3").contains("\"productId\":20");
            });
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 3);
    // 3 × 9.09 = 27.27 + 2.73 VAT; 2.37 + 0.13 VAT.
    assertThat(modified.json().path("totalExclVat").decimalValue()).isEqualByComparingTo("29.64");
    assertThat(modified.json().path("totalInclVat").decimalValue()).isEqualByComparingTo("32.50");
    assertThat(modified.json().path("amountDue").decimalValue()).isEqualByComparingTo("32.50");
    assertThat(modified.json().path("lines")).hasSize(2);
    assertThat(eventTypes(id)).last().isEqualTo("OrderModified");
  }

  @Test
  void aModificationTheStockCannotHoldChangesNothing() {
    String id = place("mod-bob", takeaway(1, "CASH"));
    NEIGHBOURS.stockOf(1);
    String twenty = THREE_MARGHERITAS_AND_A_WATER.replace("\"count\":3", "\"count\":20");

    Api.Answer refused = customer("mod-bob").put("/api/orders/" + id, twenty);

    assertThat(refused.status()).isEqualTo(409);
    Api.Answer order = customer("mod-bob").get("/api/orders/" + id);
    assertThat(order.json().path("totalInclVat").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(order.json().path("lines").get(0).path("count").asInt()).isEqualTo(1);
  }

  @Test
  void aPaidOrderMadeBiggerLeavesTheDifferenceToPay() throws Exception {
    String id = place("mod-cid", takeaway(1, "CASH"));
    staff(1, "COUNTER")
        .post("/api/orders/" + id + "/payments", "{\"method\":\"CASH\",\"amount\":10.00}");

    Api.Answer modified =
        customer("mod-cid")
            .put(
                "/api/orders/" + id,
                "{\"lines\":[{\"productId\":10,\"size\":\"MEDIUM\",\"count\":2}]}");

    assertThat(modified.status()).as(modified.body()).isEqualTo(200);
    assertThat(modified.json().path("totalInclVat").decimalValue()).isEqualByComparingTo("20.00");
    assertThat(modified.json().path("amountPaid").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(modified.json().path("amountDue").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(modified.json().path("paymentStatus").asString()).isEqualTo("PENDING");
  }

  @Test
  void anOrderInPreparationCannotBeModifiedAndItsReservationStays() {
    String id = place("mod-dan", takeaway(2, "CASH"));
    assertThat(pizzaiolo().post("/api/orders/" + id + "/start-preparation", "").status())
        .isEqualTo(200);
    int callsBefore = NEIGHBOURS.callsFor(id).size();

    Api.Answer refused =
        customer("mod-dan").put("/api/orders/" + id, THREE_MARGHERITAS_AND_A_WATER);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(NEIGHBOURS.callsFor(id)).hasSize(callsBefore);
    assertThat(NEIGHBOURS.reservations()).containsEntry(id, 2);
    assertThat(customer("mod-dan").post("/api/orders/" + id + "/cancel", "{}").status())
        .isEqualTo(409);
  }

  @Test
  void aProductUnknownToTheStockIsRefusedAsAConflictNotAnOutage() {
    String withTiramisu =
        takeaway(1, "CASH")
            .replace(
                "\"count\":1}]",
                "\"count\":1},{\"productId\":"
                    + FakeNeighbours.TIRAMISU
                    + ",\"size\":\"SINGLE\",\"count\":1}]");

    Api.Answer answer = customer("mod-eve").post("/api/orders", withTiramisu, "tiramisu");

    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.body()).contains("stock");
    assertThat(
            jdbc.sql("SELECT status FROM orders WHERE customer_account_id = 'mod-eve'")
                .query(String.class)
                .list())
        .containsOnly("REJECTED");
  }
}
