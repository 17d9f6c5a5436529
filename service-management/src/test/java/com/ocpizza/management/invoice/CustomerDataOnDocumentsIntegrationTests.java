package com.ocpizza.management.invoice;

import static com.ocpizza.management.OrderMother.line;
import static com.ocpizza.management.OrderMother.order;
import static com.ocpizza.management.OrderMother.payment;
import static com.ocpizza.management.OrderMother.status;
import static com.ocpizza.management.invoice.InvoicesIntegrationTests.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedCursors;
import com.ocpizza.management.Feeds;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The customer's name and delivery address on documents: taken from the order's snapshot when the
 * order service sends it, readable without it, and forgotten when the customer is erased (GDPR),
 * except on invoices already issued, which the law requires to keep as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class CustomerDataOnDocumentsIntegrationTests {

  @Autowired FeedCursors cursors;
  @Autowired List<FeedConsumer> consumers;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  Feeds feeds;
  String account;
  String customer;
  Api counter;
  Api manager;

  @BeforeEach
  void aRegisteredCustomer() {
    feeds = new Feeds(cursors, consumers);
    account = UUID.randomUUID().toString();
    customer = "cust-" + UUID.randomUUID();
    counter = Api.as(port, TestTokens.staff(1, "COUNTER"));
    manager = Api.as(port, TestTokens.staff(1, "MANAGER"));
    feeds.send("client", "CustomerRegistered", registered());
  }

  @Test
  void theInvoiceNamesTheCustomerAndTheDeliveryAddressButNotTheCourierInstructions()
      throws IOException {
    String number = invoiceOf(deliveredAndPaid(placed(placedPayload())));

    assertThat(text(manager.bytes("/api/management/invoices/" + number + "/pdf")))
        .contains("Léa Martin")
        .contains("5 rue des Lilas, 75011 Paris")
        .doesNotContain("Digicode");
  }

  @Test
  void anOrderSentWithoutNameOrAddressStillGetsAReadableInvoice() throws IOException {
    ObjectNode payload = placedPayload();
    payload.remove("customerName");
    payload.remove("deliveryAddress");

    String number = invoiceOf(deliveredAndPaid(placed(payload)));

    assertThat(text(manager.bytes("/api/management/invoices/" + number + "/pdf")))
        .contains("Client particulier")
        .contains("adresse non communiquée")
        .contains("29,00 €");
  }

  @Test
  void erasureForgetsTheCustomersDataButKeepsTheInvoicesAlreadyIssued() throws IOException {
    String invoiced = deliveredAndPaid(placed(placedPayload()));
    String number = invoiceOf(invoiced);
    String open = placed(placedPayload());

    feeds.send("client", "CustomerErased", "{\"customerId\":\"" + customer + "\"}");

    for (String orderId : List.of(invoiced, open)) {
      Map<String, Object> row =
          jdbc.sql(
                  "SELECT customer_name, delivery_address, CAST(content AS CHAR) AS content"
                      + " FROM sale_order WHERE order_id = ?")
              .param(orderId)
              .query()
              .singleRow();
      assertThat(row.get("customer_name")).isNull();
      assertThat(row.get("delivery_address")).isNull();
      assertThat((String) row.get("content")).doesNotContain("Martin").doesNotContain("Lilas");
    }
    assertThat(text(counter.bytes("/api/management/orders/" + open + "/pro-forma")))
        .doesNotContain("Léa Martin")
        .doesNotContain("Lilas")
        .contains("Client particulier");
    assertThat(text(manager.bytes("/api/management/invoices/" + number + "/pdf")))
        .contains("Léa Martin")
        .contains("5 rue des Lilas, 75011 Paris");
    assertThat(Api.customer(port, account).get("/api/management/invoices/mine").json()).isEmpty();
  }

  @Test
  void orderEventsArrivingAfterTheErasureBringNoPersonalDataBack() throws IOException {
    feeds.send("client", "CustomerErased", "{\"customerId\":\"" + customer + "\"}");
    feeds.send("client", "CustomerRegistered", registered());

    String orderId = placed(placedPayload());
    feeds.send("order", "OrderModified", placedPayload().put("orderId", orderId).toString());
    String number = invoiceOf(deliveredAndPaid(orderId));

    assertThat(text(manager.bytes("/api/management/invoices/" + number + "/pdf")))
        .doesNotContain("Léa Martin")
        .doesNotContain("Lilas")
        .contains("Client particulier");
    assertThat(Api.customer(port, account).get("/api/management/invoices/mine").json()).isEmpty();
  }

  private String registered() {
    return "{\"customerId\":\""
        + customer
        + "\",\"accountId\":\""
        + account
        + "\",\"channel\":\"WEB\",\"pizzeriaId\":null,\"createdAt\":\"2026-11-01T10:00:00Z\"}";
  }

  private ObjectNode placedPayload() {
    return (ObjectNode)
        Feeds.json(
            order(
                UUID.randomUUID().toString(),
                1,
                customer,
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
  }

  private String placed(ObjectNode payload) {
    feeds.send("order", "OrderPlaced", payload.toString());
    return payload.get("orderId").asString();
  }

  private String deliveredAndPaid(String orderId) {
    feeds.send(
        "order",
        "OrderStatusChanged",
        status(orderId, 1, "OUT_FOR_DELIVERY", "DELIVERED", "2026-11-20T19:15:00Z"));
    feeds.send("order", "PaymentRecorded", payment(orderId, 1, "CASH", "29.00"));
    return orderId;
  }

  private String invoiceOf(String orderId) {
    return jdbc.sql("SELECT number FROM invoice WHERE order_id = ?")
        .param(orderId)
        .query(String.class)
        .single();
  }
}
