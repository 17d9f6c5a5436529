package com.ocpizza.management.invoice;

import static com.ocpizza.management.OrderMother.line;
import static com.ocpizza.management.OrderMother.order;
import static com.ocpizza.management.OrderMother.payment;
import static com.ocpizza.management.OrderMother.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedCursors;
import com.ocpizza.management.Feeds;
import com.ocpizza.management.sales.OrderContent;
import com.ocpizza.management.sales.SoldOrder;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class InvoicesIntegrationTests {

  @Autowired FeedCursors cursors;
  @Autowired List<FeedConsumer> consumers;
  @Autowired Invoices invoices;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  Feeds feeds;
  long pizzeria;
  String account;
  String customer;

  @BeforeEach
  void aRegisteredCustomer() {
    feeds = new Feeds(cursors, consumers);
    pizzeria = 1;
    account = UUID.randomUUID().toString();
    customer = "cust-" + UUID.randomUUID();
    feeds.send(
        "client",
        "CustomerRegistered",
        "{\"customerId\":\""
            + customer
            + "\",\"accountId\":\""
            + account
            + "\",\"channel\":\"WEB\",\"pizzeriaId\":null,\"createdAt\":\"2026-11-01T10:00:00Z\"}");
  }

  @Test
  void aDeliveredAndPaidOrderGetsAnInvoiceWithEveryMandatoryMention() throws IOException {
    String orderId = deliveredAndPaid();

    JsonNode mine = Api.customer(port, account).get("/api/management/invoices/mine").json();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("orderId").asString()).isEqualTo(orderId);
    String number = mine.get(0).get("number").asString();
    assertThat(number).matches("FA-\\d{6}");

    byte[] pdf = Api.customer(port, account).bytes("/api/management/invoices/" + number + "/pdf");
    String text = text(pdf);
    assertThat(text)
        .contains("FACTURE N° " + number)
        .contains("OC Pizza")
        .contains("SAS au capital de 50 000 €")
        .contains("SIREN 812 345 678")
        .contains("SIRET 812 345 678 00011")
        .contains("112 rue Oberkampf, 75011 Paris")
        .contains("FR 32 812345678")
        .contains("Léa Martin")
        .contains("5 rue des Lilas, 75011 Paris")
        .contains("Margherita (moyenne)")
        .contains("Bière 25 cl")
        .contains("Frais de livraison")
        .contains("10,00 €")
        .contains("TVA 10 % sur 22,00 €")
        .contains("2,20 €")
        .contains("TVA 20 % sur 4,00 €")
        .contains("0,80 €")
        .contains("Total HT")
        .contains("26,00 €")
        .contains("Total TTC")
        .contains("29,00 €")
        .contains("Mode de paiement : espèces")
        .contains("Date d'émission")
        .contains("Date de la vente : 20/11/2026");
    Path out = Path.of("target", "invoice-sample.pdf");
    Files.write(out, pdf);
  }

  @Test
  void aReplayedPaymentDoesNotIssueASecondInvoice() {
    String orderId = deliveredAndPaid();
    feeds.send("order", "PaymentRecorded", payment(orderId, pizzeria, "CASH", "29.00"));

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM invoice WHERE order_id = ?")
                .param(orderId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anOrderNotYetPaidGetsOnlyAProForma() throws IOException {
    String orderId = placed();
    feeds.send(
        "order",
        "OrderStatusChanged",
        status(orderId, pizzeria, "OUT_FOR_DELIVERY", "DELIVERED", "2026-11-20T19:15:00Z"));

    assertThat(Api.customer(port, account).get("/api/management/invoices/mine").json()).isEmpty();
    byte[] pdf =
        Api.as(port, TestTokens.staff(pizzeria, "COUNTER"))
            .bytes("/api/management/orders/" + orderId + "/pro-forma");
    assertThat(text(pdf)).contains("FACTURE PRO FORMA").contains("29,00 €").doesNotContain("FA-");
  }

  @Test
  void customersDoNotSeeOthersInvoicesAndManagersOnlyTheirPizzerias() {
    String orderId = deliveredAndPaid();
    String number =
        jdbc.sql("SELECT number FROM invoice WHERE order_id = ?")
            .param(orderId)
            .query(String.class)
            .single();

    assertThat(
            Api.customer(port, "someone-else")
                .get("/api/management/invoices/" + number + "/pdf")
                .status())
        .isEqualTo(404);
    assertThat(
            Api.as(port, TestTokens.staff(2, "MANAGER"))
                .get("/api/management/invoices/" + number + "/pdf")
                .status())
        .isEqualTo(404);
    assertThat(
            Api.as(port, TestTokens.staff(2, "MANAGER"))
                .get("/api/management/invoices?pizzeriaId=1")
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as(port, TestTokens.staff(1, "MANAGER"))
                .get("/api/management/invoices/" + number + "/pdf")
                .status())
        .isEqualTo(200);
  }

  @Test
  void aCreditNoteCorrectsAnInvoiceOnceAndLeavesItUntouched() throws IOException {
    String orderId = deliveredAndPaid();
    String number =
        jdbc.sql("SELECT number FROM invoice WHERE order_id = ?")
            .param(orderId)
            .query(String.class)
            .single();
    Api admin = Api.as(port, TestTokens.admin());

    Api.Answer credit = admin.post("/api/management/invoices/" + number + "/credit-notes", "{}");
    Api.Answer again = admin.post("/api/management/invoices/" + number + "/credit-notes", "{}");

    assertThat(credit.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(409);
    String creditNumber = credit.json().get("number").asString();
    assertThat(text(admin.bytes("/api/management/invoices/" + creditNumber + "/pdf")))
        .contains("AVOIR N° " + creditNumber)
        .contains("Annule et remplace la facture n° " + number)
        .contains("-29,00 €");
    assertThat(text(admin.bytes("/api/management/invoices/" + number + "/pdf")))
        .contains("29,00 €");
  }

  @Test
  void aManagerQuotesFortyPizzasForACompany() throws IOException {
    Api manager = Api.as(port, TestTokens.staff(1, "MANAGER"));
    Api.Answer quote =
        manager.post(
            "/api/management/quotes",
            "{\"pizzeriaId\":1,\"customerName\":\"Société Exemple SARL\",\"lines\":["
                + "{\"quantity\":40,\"designation\":\"Margherita (grande)\","
                + "\"unitPriceExclVat\":\"11.50\",\"vatRate\":10}]}");

    assertThat(quote.status()).isEqualTo(201);
    assertThat(quote.json().get("totalInclVat").decimalValue()).isEqualByComparingTo("506.00");
    assertThat(
            text(
                manager.bytes(
                    "/api/management/quotes/" + quote.json().get("reference").asString() + "/pdf")))
        .contains("FACTURE PRO FORMA")
        .contains("Société Exemple SARL")
        .contains("460,00 €")
        .contains("506,00 €");
    String reference = quote.json().get("reference").asString();
    Api.Answer listed = manager.get("/api/management/quotes?pizzeriaId=1");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().get(0).get("reference").asString()).isEqualTo(reference);
    assertThat(listed.json().get(0).get("customerName").asString())
        .isEqualTo("Société Exemple SARL");
    assertThat(listed.json().get(0).get("totalInclVat").decimalValue())
        .isEqualByComparingTo("506.00");
    assertThat(manager.get("/api/management/quotes").json().toString()).contains(reference);
    Api otherManager = Api.as(port, TestTokens.staff(2, "MANAGER"));
    assertThat(otherManager.get("/api/management/quotes?pizzeriaId=1").status()).isEqualTo(403);
    assertThat(otherManager.get("/api/management/quotes").json().toString())
        .doesNotContain(reference);
    assertThat(manager.post("/api/management/quotes", "{\"pizzeriaId\":1,\"lines\":[]}").status())
        .isEqualTo(400);
    assertThat(
            Api.as(port, TestTokens.staff(2, "MANAGER"))
                .post(
                    "/api/management/quotes",
                    "{\"pizzeriaId\":1,\"customerName\":\"X\",\"lines\":[{\"quantity\":1,"
                        + "\"designation\":\"X\",\"unitPriceExclVat\":1,\"vatRate\":10}]}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void concurrentIssuesGetConsecutiveNumbersWithoutGapOrDuplicate() throws Exception {
    int count = 20;
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SoldOrder order = soldOrder();
      numbers.add(
          threads.submit(
              () -> {
                start.await();
                return transaction.execute(status -> invoices.issue(order));
              }));
    }
    start.countDown();
    List<Long> values = new ArrayList<>();
    for (Future<String> number : numbers) {
      values.add(Long.parseLong(number.get().substring(3)));
    }
    threads.shutdown();

    Collections.sort(values);
    assertThat(values).doesNotHaveDuplicates();
    assertThat(values.get(count - 1) - values.get(0)).isEqualTo(count - 1);
    List<Long> all =
        jdbc.sql("SELECT sequence_value FROM invoice WHERE series = 'INVOICE' ORDER BY 1")
            .query(Long.class)
            .list();
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i)).isEqualTo(i + 1L);
    }
  }

  @Test
  void anInvoiceIssueRolledBackGivesItsNumberBack() {
    Long before =
        jdbc.sql("SELECT last_value FROM document_counter WHERE series = 'INVOICE'")
            .query(Long.class)
            .single();
    transaction.executeWithoutResult(
        status -> {
          invoices.issue(soldOrder());
          status.setRollbackOnly();
        });

    assertThat(
            jdbc.sql("SELECT last_value FROM document_counter WHERE series = 'INVOICE'")
                .query(Long.class)
                .single())
        .isEqualTo(before);
  }

  private SoldOrder soldOrder() {
    return new SoldOrder(
        UUID.randomUUID().toString(),
        1,
        null,
        "TAKEAWAY",
        "COLLECTED",
        true,
        Instant.parse("2026-11-20T11:00:00Z"),
        Instant.parse("2026-11-20T11:30:00Z"),
        new OrderContent(
            "N1",
            null,
            null,
            List.of(),
            BigDecimal.ZERO,
            new BigDecimal("10.00"),
            List.of(new OrderContent.VatAmount(new BigDecimal("10.00"), new BigDecimal("1.00"))),
            new BigDecimal("11.00"),
            "CASH"));
  }

  private String placed() {
    String orderId = UUID.randomUUID().toString();
    feeds.send(
        "order",
        "OrderPlaced",
        order(
            orderId,
            pizzeria,
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
    return orderId;
  }

  private String deliveredAndPaid() {
    String orderId = placed();
    feeds.send(
        "order",
        "OrderStatusChanged",
        status(orderId, pizzeria, "OUT_FOR_DELIVERY", "DELIVERED", "2026-11-20T19:15:00Z"));
    feeds.send("order", "PaymentRecorded", payment(orderId, pizzeria, "CASH", "29.00"));
    return orderId;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
