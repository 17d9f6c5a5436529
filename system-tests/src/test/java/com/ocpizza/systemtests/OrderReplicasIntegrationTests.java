package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.launcher.Suite;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSuite.class)
class OrderReplicasIntegrationTests {

  private static final String ORDER_PATH = "/api/orders/1";

  @Test
  void spreadsOrderRequestsOverBothReplicas(Gateway gateway, Suite suite) {
    Set<String> answeredBy = new HashSet<>();

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              for (int i = 0; i < 10; i++) {
                HttpResponse<String> response = gateway.get(ORDER_PATH);
                assertThat(response.statusCode()).isLessThan(500);
                Gateway.instanceId(response).ifPresent(answeredBy::add);
              }
              assertThat(answeredBy).containsExactlyInAnyOrderElementsOf(suite.orderReplicas());
            });
  }

  @Test
  void skipsAStoppedReplicaWithoutErrors(Gateway gateway, Suite suite) {
    String stopped = suite.orderReplicas().get(1);
    String remaining = suite.orderReplicas().get(0);
    suite.stopService(stopped);
    try {
      List<Integer> statuses = new ArrayList<>();
      Set<String> answeredBy = new HashSet<>();
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> response = gateway.get(ORDER_PATH);
        statuses.add(response.statusCode());
        Gateway.instanceId(response).ifPresent(answeredBy::add);
      }

      assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
      assertThat(answeredBy).containsExactly(remaining);
    } finally {
      suite.startService(stopped);
    }
  }

  @Test
  void aStatusChangeMadeOnOneReplicaReachesSubscribersOfTheOtherAndOfTheGateway(Suite suite)
      throws Exception {
    String customer = "chloe.dubois@ocpizza.demo";
    String pizzaiolo = "pizzaiolo.saint-denis@ocpizza.demo";
    OrderSagaIntegrationTests.setTiramisus(suite, 100);
    List<Gateway> customerAt = OrderSagaIntegrationTests.replicas(suite, customer);
    List<Gateway> pizzaioloAt = OrderSagaIntegrationTests.replicas(suite, pizzaiolo);
    HttpResponse<String> placed =
        OrderSagaIntegrationTests.place(customerAt.get(0), 1, UUID.randomUUID().toString());
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    String id = OrderSagaIntegrationTests.field(placed.body(), "id");

    try (Events onReplicaB = Events.of(customerAt.get(1).stream("/api/orders/" + id + "/events"));
        Events throughGateway =
            Events.of(
                OrderSagaIntegrationTests.person(suite, pizzaiolo).stream(
                    "/api/pizzerias/"
                        + OrderSagaIntegrationTests.SAINT_DENIS
                        + "/orders/events"))) {
      HttpResponse<String> started =
          pizzaioloAt.get(0).post("/api/orders/" + id + "/start-preparation", "");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

      onReplicaB.awaitStatus(id, "IN_PREPARATION");
      throughGateway.awaitStatus(id, "IN_PREPARATION");

      HttpResponse<String> ready = pizzaioloAt.get(1).post("/api/orders/" + id + "/ready", "");
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      onReplicaB.awaitStatus(id, "READY");
      throughGateway.awaitStatus(id, "READY");
    }
  }

  /** The data lines of a server-sent event stream, read as they come. */
  private static final class Events implements AutoCloseable {

    private final Stream<String> lines;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private Events(Stream<String> lines) {
      this.lines = lines;
    }

    static Events of(HttpResponse<Stream<String>> response) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      Events events = new Events(response.body());
      Thread reader =
          new Thread(
              () -> {
                try {
                  events.lines.filter(l -> l.startsWith("data:")).forEach(events.received::add);
                } catch (RuntimeException closed) {
                  // The stream ends when the test closes it.
                }
              });
      reader.setDaemon(true);
      reader.start();
      return events;
    }

    /** Waits until an event says that this order moved to this status. */
    void awaitStatus(String orderId, String status) {
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                received.drainTo(seen);
                assertThat(seen)
                    .anySatisfy(
                        data ->
                            assertThat(data)
                                .contains("\"orderId\":\"" + orderId + "\"")
                                .contains("\"to\":\"" + status + "\""));
              });
    }

    @Override
    public void close() {
      lines.close();
    }
  }
}
