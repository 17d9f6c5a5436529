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
}
