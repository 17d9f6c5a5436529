package com.ocpizza.order.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.common.feed.Outbox;
import com.ocpizza.order.LiveOrderService;
import com.ocpizza.order.OrderApplication;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two replicas of the order service on one schema: a change made through one reaches the live
 * streams served by the other, through the outbox they both follow.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrackingAcrossReplicasIntegrationTests extends LiveOrderService {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static ConfigurableApplicationContext replicaB;
  private static int portB;

  @Autowired Environment environment;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired OutboxFollower follower;

  @BeforeAll
  static void noReplicaYet() {
    replicaB = null;
  }

  @AfterAll
  static void stopReplicaB() {
    if (replicaB != null) {
      replicaB.close();
    }
  }

  /** The second replica, started once, sharing the first one's database and neighbours. */
  int replicaB() {
    if (replicaB == null) {
      String[] shared =
          Stream.of(
                  "spring.datasource.url",
                  "spring.datasource.username",
                  "spring.datasource.password",
                  "ocpizza.db.schema",
                  "ocpizza.auth.url",
                  "ocpizza.auth.issuer",
                  "ocpizza.stock.url",
                  "ocpizza.client.url")
              .map(name -> name + "=" + environment.getProperty(name))
              .toArray(String[]::new);
      // As arguments, which win over the service's application.yml (its fixed port).
      String[] arguments =
          Stream.concat(
                  Stream.of(shared),
                  Stream.of(
                      "server.port=0",
                      "spring.jmx.enabled=false",
                      "ocpizza.instance-id=replica-b",
                      "ocpizza.order.recovery-interval=1h",
                      "ocpizza.order.tracking-interval=100ms",
                      "ocpizza.order.tracking-gap-wait=5s"))
              .map(property -> "--" + property)
              .toArray(String[]::new);
      replicaB = new SpringApplicationBuilder(OrderApplication.class).run(arguments);
      portB = ((WebServerApplicationContext) replicaB).getWebServer().getPort();
    }
    return portB;
  }

  /** An open SSE connection: the lines received so far. */
  record EventStream(int status, List<String> lines, CompletableFuture<?> body) {

    List<String> ids() {
      return lines.stream()
          .filter(l -> l.startsWith("id:"))
          .map(l -> l.substring(3).trim())
          .toList();
    }

    List<String> data() {
      return lines.stream().filter(l -> l.startsWith("data:")).toList();
    }

    void close() {
      body.cancel(true);
    }
  }

  static EventStream open(int port, String path, String token, String lastEventId)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "text/event-stream")
            .timeout(WAIT);
    if (token != null) {
      request.header("Authorization", TestTokens.bearer(token));
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpResponse<java.util.stream.Stream<String>> response =
        HttpClient.newHttpClient()
            .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    CompletableFuture<Void> body =
        CompletableFuture.runAsync(() -> response.body().forEach(lines::add));
    return new EventStream(response.statusCode(), lines, body);
  }

  @Test
  void aChangeMadeOnOneReplicaReachesTheCustomerStreamOnTheOther() throws Exception {
    String id = place("sse-ada", takeaway(1, "CASH"));
    EventStream stream =
        open(replicaB(), "/api/orders/" + id + "/events", TestTokens.customer("sse-ada"), null);
    try {
      assertThat(stream.status()).isEqualTo(200);

      assertThat(pizzaiolo().post("/api/orders/" + id + "/start-preparation", "").status())
          .isEqualTo(200);

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(stream.data())
                      .anySatisfy(d -> assertThat(d).contains("\"to\":\"IN_PREPARATION\"")));
      assertThat(stream.lines()).contains("event:OrderStatusChanged");
    } finally {
      stream.close();
    }
  }

  @Test
  void reconnectingWithTheLastEventIdLosesNothing() throws Exception {
    String id = place("sse-bob", takeaway(1, "CASH"));
    EventStream first =
        open(replicaB(), "/api/orders/" + id + "/events", TestTokens.customer("sse-bob"), null);
    String lastSeen;
    try {
      pizzaiolo().post("/api/orders/" + id + "/start-preparation", "");
      await().atMost(WAIT).until(() -> !first.ids().isEmpty());
      List<String> seen = first.ids();
      lastSeen = seen.get(seen.size() - 1);
    } finally {
      first.close();
    }

    // While disconnected, the order moves on twice.
    pizzaiolo().post("/api/orders/" + id + "/ready", "");
    assertThat(staff(1, "COUNTER").post("/api/orders/" + id + "/collected", "").status())
        .isEqualTo(200);

    EventStream again =
        open(replicaB(), "/api/orders/" + id + "/events", TestTokens.customer("sse-bob"), lastSeen);
    try {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(again.data())
                      .satisfiesExactly(
                          d -> assertThat(d).contains("\"to\":\"READY\""),
                          d -> assertThat(d).contains("\"to\":\"COLLECTED\"")));
      assertThat(again.ids())
          .allMatch(eventId -> Long.parseLong(eventId) > Long.parseLong(lastSeen));
    } finally {
      again.close();
    }
  }

  @Test
  void thePizzeriaStreamOnTheOtherReplicaSeesItsNewOrders() throws Exception {
    EventStream staffStream =
        open(replicaB(), "/api/pizzerias/1/orders/events", TestTokens.staff(1, "PIZZAIOLO"), null);
    try {
      assertThat(staffStream.status()).isEqualTo(200);

      String id = place("sse-cid", takeaway(2, "CASH"));

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(staffStream.data())
                      .anySatisfy(d -> assertThat(d).contains(id).contains("\"to\":\"RECEIVED\"")));
    } finally {
      staffStream.close();
    }
  }

  @Test
  void strangersCannotFollowAnOrderNorAPizzeria() throws Exception {
    String id = place("sse-dan", takeaway(1, "CASH"));
    int b = replicaB();

    assertThat(open(b, "/api/orders/" + id + "/events", null, null).status()).isEqualTo(401);
    assertThat(
            open(b, "/api/orders/" + id + "/events", TestTokens.customer("sse-eve"), null).status())
        .isEqualTo(404);
    assertThat(
            open(b, "/api/orders/" + id + "/events", TestTokens.staff(2, "PIZZAIOLO"), null)
                .status())
        .isEqualTo(404);
    assertThat(
            open(b, "/api/pizzerias/1/orders/events", TestTokens.customer("sse-dan"), null)
                .status())
        .isEqualTo(403);
    assertThat(
            open(b, "/api/pizzerias/1/orders/events", TestTokens.staff(2, "MANAGER"), null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void theOtherReplicaServesTheSameOrder() {
    String id = place("sse-fay", takeaway(1, "CASH"));
    assertThat(Api.customer(replicaB(), "sse-fay").get("/api/orders/" + id).status())
        .isEqualTo(200);
  }

  @Test
  void anEventCommittedAfterALaterOneStillReachesTheStreamInIdOrder() throws Exception {
    String id = place("sse-gus", takeaway(1, "CASH"));
    EventStream stream =
        open(port, "/api/orders/" + id + "/events", TestTokens.customer("sse-gus"), null);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    try {
      // A slow transaction takes its outbox id first and commits last.
      CompletableFuture<Void> slow =
          CompletableFuture.runAsync(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        outbox.append("OrderNoted", id, Map.of("orderId", id, "note", "earlier"));
                        written.countDown();
                        try {
                          commit.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }));
      written.await();
      transactions.executeWithoutResult(
          status -> outbox.append("OrderNoted", id, Map.of("orderId", id, "note", "later")));
      // The follower sees the later event with the earlier id missing, and waits.
      follower.follow();
      follower.follow();
      commit.countDown();
      slow.get(WAIT.toSeconds(), TimeUnit.SECONDS);

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(stream.data())
                      .filteredOn(d -> d.contains("\"note\""))
                      .satisfiesExactly(
                          d -> assertThat(d).contains("earlier"),
                          d -> assertThat(d).contains("later")));
    } finally {
      commit.countDown();
      stream.close();
    }
  }

  @Test
  void anIdleStreamIsKeptBusySoThatProxiesDoNotCutIt() throws Exception {
    String id = place("sse-hal", takeaway(1, "CASH"));
    EventStream stream =
        open(port, "/api/orders/" + id + "/events", TestTokens.customer("sse-hal"), null);
    try {
      follower.keepAlive();

      await().atMost(WAIT).until(() -> stream.lines().contains(":keep-alive"));
    } finally {
      stream.close();
    }
  }
}
