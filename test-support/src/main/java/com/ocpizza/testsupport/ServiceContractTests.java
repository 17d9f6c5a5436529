package com.ocpizza.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every service promises the launcher, the gateway and operations: it starts on the real
 * database with its migrations applied, reports readiness and liveness, exposes Prometheus metrics,
 * serves its event feed and names itself on every answer. Each service runs these from a subclass
 * annotated {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @RealDatabase}.
 */
public abstract class ServiceContractTests {

  private final HttpClient http = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  private int port;

  @Value("${spring.application.name}")
  private String name;

  @Test
  void reportsReadyOnceItsSchemaIsMigrated() throws Exception {
    HttpResponse<String> response = get("/actuator/health/readiness");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void reportsLiveness() throws Exception {
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
  }

  @Test
  void exposesPrometheusMetricsTaggedWithTheApplication() throws Exception {
    HttpResponse<String> response = get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes").contains("application=\"" + name);
  }

  @Test
  void servesItsEventFeedFromItsOwnOutbox() throws Exception {
    HttpResponse<String> response = get("/internal/events?after=0&limit=10");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void answersUnknownPathsWithAProblemNamingTheInstance() throws Exception {
    HttpResponse<String> response = get("/api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("X-Instance-Id"))
        .hasValueSatisfying(id -> assertThat(id).startsWith(name));
  }

  @Test
  void keepsActuatorInternalsPrivate() throws Exception {
    assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
  }

  /** A GET to this service. */
  protected HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
