package com.ocpizza.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every service promises the launcher, the gateway and operations: it starts on the real
 * database with its migrations applied, reports readiness and liveness, exposes Prometheus metrics,
 * serves its event feed to services only, checks every access token for real and names itself on
 * every answer. Each service runs these from a subclass annotated
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @RealDatabase @TestAuthServer}.
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
  void servesItsEventFeedToOtherServices() throws Exception {
    HttpResponse<String> response = get("/internal/events?after=0&limit=10", serviceToken());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void refusesItsEventFeedToPeopleAndToAnonymousCallers() throws Exception {
    assertThat(get("/internal/events", personToken()).statusCode()).isEqualTo(403);
    assertThat(get("/internal/events").statusCode()).isEqualTo(401);
  }

  @Test
  void answersAnonymousCallsWithAProblemNamingTheInstance() throws Exception {
    HttpResponse<String> response = get("/api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
    assertThat(response.headers().firstValue("X-Instance-Id"))
        .hasValueSatisfying(id -> assertThat(id).startsWith(name));
  }

  @Test
  void deniesPathsThatNoRuleDeclares() throws Exception {
    HttpResponse<String> response = get("/api/no-such-thing", personToken());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("urn:ocpizza:problem:forbidden");
  }

  @Test
  void rejectsTokensThatAreForgedExpiredOrFromAnotherIssuer() throws Exception {
    String good = serviceToken();
    String[] parts = good.split("\\.");
    String tampered =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
    String unsigned =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";
    String expired =
        TestTokens.token("management", List.of("SERVICE"), null, Duration.ofMinutes(-5));
    String otherIssuer = TestTokens.tokenFrom("https://elsewhere.example", "management", "SERVICE");
    String otherKey = TestTokens.signedWithUnknownKey("management", "SERVICE");

    for (String token : List.of(tampered, unsigned, expired, otherIssuer, otherKey, "garbage")) {
      assertThat(get("/internal/events", token).statusCode()).as(token).isEqualTo(401);
    }
    assertThat(get("/internal/events", good).statusCode()).isEqualTo(200);
  }

  /**
   * A token another service would call this one with. Services trusting {@link TestTokens} use its
   * test key; the auth service, which checks tokens against its own keys, overrides this.
   */
  protected String serviceToken() {
    return TestTokens.service("management");
  }

  /** A token of a person (the head office), who may not read feeds; overridable like above. */
  protected String personToken() {
    return TestTokens.admin();
  }

  @Test
  void keepsActuatorInternalsPrivate() throws Exception {
    assertThat(get("/actuator/env").statusCode()).isIn(401, 404);
    assertThat(get("/actuator/beans", personToken()).statusCode()).isIn(403, 404);
  }

  /** An anonymous GET to this service. */
  protected HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A GET to this service with an access token. */
  protected HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", TestTokens.bearer(token))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
