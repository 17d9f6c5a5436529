package com.ocpizza.order.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.TestTokens;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call each order endpoint over HTTP: nobody unauthenticated, only the roles that could
 * act, only at their own pizzeria, and a customer only on their own orders (someone else's order
 * does not exist for them). Every case targets a fresh order that the refused calls must leave
 * untouched.
 */
class OrderEndpointMatrixIntegrationTests extends LiveOrderService {

  record Call(String method, String path, String body) {

    Api.Answer as(Api api) {
      return switch (method) {
        case "GET" -> api.get(path);
        case "PUT" -> api.put(path, body);
        default -> api.post(path, body);
      };
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final String LINES = "{\"lines\":[{\"productId\":10,\"size\":\"MEDIUM\",\"count\":2}]}";
  static final String REASON = "{\"reason\":\"no basil\"}";

  String id;

  @BeforeEach
  void anOrderOfAda() {
    id = place("matrix-ada", takeaway(1, "ONLINE_CARD"));
  }

  /** Every endpoint acting on one order. */
  List<Call> orderCalls() {
    String o = "/api/orders/" + id;
    return List.of(
        new Call("GET", o, null),
        new Call("GET", o + "/events", null),
        new Call("PUT", o, LINES),
        new Call("POST", o + "/cancel", "{}"),
        new Call("POST", o + "/payment", ""),
        new Call("POST", o + "/pay-later", "{\"method\":\"CASH\"}"),
        new Call("POST", o + "/start-preparation", ""),
        new Call("POST", o + "/ready", ""),
        new Call("POST", o + "/back-to-queue", REASON),
        new Call("POST", o + "/courier", "{\"courierId\":\"c1\"}"),
        new Call("POST", o + "/take", ""),
        new Call("POST", o + "/out-for-delivery", ""),
        new Call("POST", o + "/delivered", ""),
        new Call("POST", o + "/collected", ""),
        new Call("POST", o + "/incident", REASON),
        new Call("POST", o + "/payments", "{\"method\":\"CASH\",\"amount\":1.00}"));
  }

  List<Call> pizzeriaCalls() {
    return List.of(
        new Call("GET", "/api/pizzerias/1/orders", null),
        new Call("GET", "/api/pizzerias/1/orders/kitchen", null),
        new Call("GET", "/api/pizzerias/1/orders/deliveries", null),
        new Call("GET", "/api/pizzerias/1/orders/events", null));
  }

  void expect(SoftAssertions softly, Api api, List<Call> calls, Integer... statuses) {
    for (Call call : calls) {
      Api.Answer answer = call.as(api);
      softly.assertThat(answer.status()).as(call + " → " + answer.body()).isIn((Object[]) statuses);
    }
  }

  @Test
  void nobodyUnauthenticatedGetsIn() {
    SoftAssertions softly = new SoftAssertions();
    Api anonymous = Api.anonymous(port);
    expect(softly, anonymous, orderCalls(), 401);
    expect(softly, anonymous, pizzeriaCalls(), 401);
    expect(softly, anonymous, List.of(new Call("GET", "/api/orders", null)), 401);
    expect(softly, anonymous, List.of(new Call("POST", "/api/orders", takeaway(1, "CASH"))), 401);
    softly.assertAll();
    assertThat(statusOf(id)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void aCustomerGetsNothingOfSomeoneElsesOrderNorOfTheKitchen() {
    SoftAssertions softly = new SoftAssertions();
    Api eve = customer("matrix-eve");
    List<Call> customerCalls = orderCalls().subList(0, 6);
    expect(softly, eve, customerCalls, 404);
    expect(softly, eve, orderCalls().subList(6, orderCalls().size()), 403);
    expect(softly, eve, pizzeriaCalls(), 403);
    softly.assertAll();
    assertThat(statusOf(id)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void staffOfAnotherPizzeriaCannotSeeNorChangeTheOrder() {
    SoftAssertions softly = new SoftAssertions();
    Api elsewhere = Api.as(port, TestTokens.staff(2, "MANAGER", "COUNTER", "PIZZAIOLO", "COURIER"));
    expect(softly, elsewhere, orderCalls(), 403, 404);
    expect(softly, elsewhere, pizzeriaCalls(), 403, 404);
    softly.assertAll();
    assertThat(statusOf(id)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void eachRoleIsRefusedWhatIsNotItsJob() {
    SoftAssertions softly = new SoftAssertions();
    String o = "/api/orders/" + id;
    expect(
        softly,
        staff(1, "COURIER"),
        List.of(
            new Call("PUT", o, LINES),
            new Call("POST", o + "/cancel", "{}"),
            new Call("POST", o + "/start-preparation", ""),
            new Call("POST", o + "/incident", REASON)),
        403);
    expect(
        softly,
        pizzaiolo(),
        List.of(
            new Call("POST", o + "/cancel", "{}"),
            new Call("POST", o + "/delivered", ""),
            new Call("POST", o + "/payments", "{\"method\":\"CASH\",\"amount\":1.00}"),
            new Call("POST", o + "/courier", "{\"courierId\":\"c1\"}"),
            new Call("POST", o + "/take", "")),
        403);
    expect(
        softly,
        staff(1, "COUNTER"),
        List.of(
            new Call("POST", o + "/start-preparation", ""),
            new Call("POST", o + "/delivered", ""),
            new Call("POST", o + "/take", "")),
        403);
    expect(softly, staff(1, "PIZZAIOLO"), List.of(new Call("GET", "/api/orders", null)), 403);
    expect(softly, Api.as(port, TestTokens.service("stock")), orderCalls().subList(0, 1), 403);
    softly.assertAll();
    assertThat(statusOf(id)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void theOwnerAndThePizzeriasStaffSeeTheOrder() {
    assertThat(customer("matrix-ada").get("/api/orders/" + id).status()).isEqualTo(200);
    assertThat(staff(1, "COURIER").get("/api/orders/" + id).status()).isEqualTo(200);
    assertThat(Api.as(port, TestTokens.admin()).get("/api/orders/" + id).status()).isEqualTo(200);
    assertThat(customer("matrix-ada").get("/api/orders").json().toString()).contains(id);
  }
}
