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
import com.ocpizza.management.document.S3Proxy;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service in its aws profile, its documents in an S3-compatible server: a download is a
 * redirect to a presigned link of the bucket, which serves the PDF to whoever holds the link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("aws")
@RealDatabase
@TestAuthServer
class DocumentsInS3IntegrationTests {

  private static final String BUCKET = "ocpizza-documents";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static S3Proxy proxy;

  @Autowired FeedCursors cursors;
  @Autowired List<FeedConsumer> consumers;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void s3(DynamicPropertyRegistry registry) throws IOException {
    proxy = S3Proxy.start(Files.createTempDirectory("s3proxy"));
    try (var client = proxy.client()) {
      client.createBucket(b -> b.bucket(BUCKET));
    }
    System.setProperty("aws.accessKeyId", S3Proxy.ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", S3Proxy.SECRET_KEY);
    registry.add("ocpizza.documents.s3.bucket", () -> BUCKET);
    registry.add("ocpizza.documents.s3.prefix", () -> "management/");
    registry.add("ocpizza.documents.s3.endpoint", () -> proxy.endpoint().toString());
  }

  @AfterAll
  static void stopS3() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void aCustomerDownloadsTheirInvoiceThroughAPresignedLink() throws IOException {
    Feeds feeds = new Feeds(cursors, consumers);
    String account = UUID.randomUUID().toString();
    String customer = "cust-" + UUID.randomUUID();
    feeds.send(
        "client",
        "CustomerRegistered",
        "{\"customerId\":\"" + customer + "\",\"accountId\":\"" + account + "\"}");
    String orderId = UUID.randomUUID().toString();
    feeds.send(
        "order",
        "OrderPlaced",
        order(
            orderId,
            1,
            customer,
            "WEB",
            "TAKEAWAY",
            "2026-11-20T18:30:00Z",
            "0",
            "20.00",
            "{\"10.0\":2.00}",
            "22.00",
            "CASH",
            List.of(line(1, "Margherita", "MEDIUM", 2, "10.00", "10.0"))));
    feeds.send(
        "order",
        "OrderStatusChanged",
        status(orderId, 1, "READY", "COLLECTED", "2026-11-20T19:00:00Z"));
    feeds.send("order", "PaymentRecorded", payment(orderId, 1, "CASH", "22.00"));
    String number =
        jdbc.sql("SELECT number FROM invoice WHERE order_id = ?")
            .param(orderId)
            .query(String.class)
            .single();

    HttpResponse<byte[]> answer =
        get(
            URI.create("http://127.0.0.1:" + port + "/api/management/invoices/" + number + "/pdf"),
            TestTokens.customer(account));

    assertThat(answer.statusCode()).isEqualTo(302);
    URI link = URI.create(answer.headers().firstValue("Location").orElseThrow());
    assertThat(link.getAuthority()).isEqualTo(proxy.endpoint().getAuthority());
    assertThat(link.getPath()).isEqualTo("/" + BUCKET + "/management/invoices/" + number + ".pdf");
    HttpResponse<byte[]> pdf = get(link, null);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body())).contains("FACTURE N° " + number).contains("22,00 €");
    assertThat(Api.customer(port, account).get("/api/management/invoices/FA-999999/pdf").status())
        .isEqualTo(404);
  }

  @Test
  void aFinishedMonthsReportIsKeptInTheBucket() throws IOException {
    HttpResponse<byte[]> answer =
        get(
            URI.create(
                "http://127.0.0.1:"
                    + port
                    + "/api/management/reports/monthly?pizzeriaId=4&month=2024-02"),
            TestTokens.staff(4, "MANAGER"));

    assertThat(answer.statusCode()).isEqualTo(302);
    URI link = URI.create(answer.headers().firstValue("Location").orElseThrow());
    assertThat(link.getPath()).isEqualTo("/" + BUCKET + "/management/reports/4/2024-02.pdf");
    assertThat(text(get(link, null).body())).contains("Rapport d'activité - février 2024");
  }

  private static HttpResponse<byte[]> get(URI uri, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
