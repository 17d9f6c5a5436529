package com.ocpizza.order;

import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The order service on a random port against the real database, with one stand-in for the stock and
 * client services shared by every integration test, so they all share one application context (and
 * no second context's jobs act on the same schema). The recovery job is run by the tests
 * themselves, not by the scheduler.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ocpizza.order.recovery-interval=1h",
      "ocpizza.order.tracking-interval=100ms",
      // Short enough that a rolled-back transaction's missing id delays no test much.
      "ocpizza.order.tracking-gap-wait=5s"
    })
@RealDatabase
@TestAuthServer
public abstract class LiveOrderService {

  protected static final FakeNeighbours NEIGHBOURS = new FakeNeighbours(1000);

  @DynamicPropertySource
  static void neighbours(DynamicPropertyRegistry registry) {
    registry.add("ocpizza.stock.url", NEIGHBOURS::url);
    registry.add("ocpizza.client.url", NEIGHBOURS::url);
  }

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  void freshStock() {
    NEIGHBOURS.stockOf(1000);
  }

  /** A web takeaway order of Margheritas, paid as given (CASH, ONLINE_CARD, ...). */
  protected static String takeaway(int margheritas, String paymentMethod) {
    return """
        {"pizzeriaId":1,"channel":"WEB","fulfilment":"TAKEAWAY","paymentMethod":"%s",
         "lines":[{"productId":10,"size":"MEDIUM","count":%d}]}
        """
        .formatted(paymentMethod, margheritas);
  }

  /** A web delivery of Margheritas and a water to 75011, paid in cash at the door. */
  protected static String delivery(int margheritas) {
    return """
        {"pizzeriaId":1,"channel":"WEB","fulfilment":"DELIVERY","paymentMethod":"CASH",
         "lines":[{"productId":10,"size":"MEDIUM","count":%d},
                  {"productId":20,"size":"SINGLE","count":1}],
         "address":{"street":"1 rue Oberkampf","postcode":"75011","city":"Paris"}}
        """
        .formatted(margheritas);
  }

  protected Api customer(String account) {
    return Api.customer(port, account);
  }

  protected Api staff(long pizzeriaId, String role) {
    return Api.as(port, TestTokens.staff(pizzeriaId, role));
  }

  protected Api pizzaiolo() {
    return staff(1, "PIZZAIOLO");
  }

  /** Places the order as the customer and answers its id. */
  protected String place(String account, String order) {
    Api.Answer placed =
        customer(account).post("/api/orders", order, java.util.UUID.randomUUID().toString());
    if (placed.status() != 201) {
      throw new AssertionError("Placing failed: " + placed.status() + " " + placed.body());
    }
    return placed.json().path("id").asString();
  }

  protected String statusOf(String orderId) {
    return jdbc.sql("SELECT status FROM orders WHERE public_id = ?")
        .param(orderId)
        .query(String.class)
        .single();
  }

  protected java.util.List<String> eventTypes(String orderId) {
    return jdbc.sql("SELECT type FROM event_outbox WHERE aggregate_id = ? ORDER BY id")
        .param(orderId)
        .query(String.class)
        .list();
  }
}
