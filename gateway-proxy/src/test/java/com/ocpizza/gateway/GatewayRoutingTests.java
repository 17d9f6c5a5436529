package com.ocpizza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.testsupport.TestTokens;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway in front of small real HTTP servers standing for the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTests {

  static final Map<String, HttpServer> SERVICES = new ConcurrentHashMap<>();
  static final String ADMIN = TestTokens.admin();

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    for (String name : new String[] {"auth", "client", "stock", "management"}) {
      registry.add("ocpizza." + name + ".url", () -> start(name));
    }
    registry.add("ocpizza.order.urls", () -> start("order-a") + "," + start("order-b"));
    registry.add("ocpizza.edge.jwk-set-uri", () -> TestTokens.authUrl() + "/oauth2/jwks");
  }

  @AfterAll
  static void stopServices() {
    SERVICES.values().forEach(server -> server.stop(0));
  }

  @Test
  void routesEachApiToItsService() throws Exception {
    assertThat(instance("/api/auth/me")).isEqualTo("auth");
    assertThat(instance("/oauth2/token")).isEqualTo("auth");
    assertThat(instance("/.well-known/openid-configuration")).isEqualTo("auth");
    assertThat(instance("/api/customers/me")).isEqualTo("client");
    assertThat(instance("/api/pizzerias")).isEqualTo("stock");
    assertThat(instance("/api/pizzerias/7/menu")).isEqualTo("stock");
    assertThat(instance("/api/catalogue/products")).isEqualTo("stock");
    assertThat(instance("/api/stock/pizzerias/7")).isEqualTo("stock");
    assertThat(instance("/api/suppliers")).isEqualTo("stock");
    assertThat(instance("/api/suppliers/3")).isEqualTo("stock");
    assertThat(instance("/api/pizzerias/7/orders")).startsWith("order-");
    assertThat(instance("/api/orders/abc")).startsWith("order-");
    assertThat(instance("/api/management/kpis")).isEqualTo("management");
  }

  @Test
  void spreadsOrderRequestsOverBothReplicas() throws Exception {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      seen.add(instance("/api/orders/" + i));
    }
    assertThat(seen).containsExactlyInAnyOrder("order-a", "order-b");
  }

  @Test
  void neverForwardsInternalEndpoints() throws Exception {
    for (String path :
        new String[] {
          "/internal/events",
          "/api/orders/../../internal/events",
          "/api/orders/%2e%2e/%2e%2e/internal/events",
          "/api/orders/..%2f..%2finternal/events",
          "/api/stock/internal/reservations/1"
        }) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("X-Instance-Id")).as(path).isEmpty();
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }
  }

  @Test
  void givesEveryRequestAnIdAndKeepsAWellFormedOne() throws Exception {
    HttpResponse<String> fresh = get("/api/pizzerias");
    assertThat(fresh.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(fresh.body())
        .contains("request-id=" + fresh.headers().firstValue("X-Request-Id").get());

    HttpResponse<String> kept =
        http.send(
            HttpRequest.newBuilder(uri("/api/pizzerias"))
                .header("X-Request-Id", "support-42")
                .header("Authorization", "Bearer " + ADMIN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(kept.body()).contains("request-id=support-42");
    assertThat(kept.headers().allValues("X-Request-Id")).containsExactly("support-42");
  }

  @Test
  void answersUnknownPathsWithAProblem() throws Exception {
    HttpResponse<String> response = get("/nothing/here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("urn:ocpizza:problem:not-found");
  }

  @Test
  void passesTheCallersTraceOnToTheService() throws Exception {
    String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/orders/traced"))
                .header("Authorization", "Bearer " + ADMIN)
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Received-Traceparent"))
        .hasValueSatisfying(
            received ->
                assertThat(received)
                    .startsWith("00-" + trace + "-")
                    .doesNotContain("00f067aa0ba902b7"));
  }

  @Test
  void startsATraceForACallerWithoutOne() throws Exception {
    HttpResponse<String> response = get("/api/pizzerias/7/menu");

    assertThat(response.headers().firstValue("X-Received-Traceparent"))
        .hasValueSatisfying(
            received -> assertThat(received).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
  }

  private String instance(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.headers().firstValue("X-Instance-Id").orElseThrow();
  }

  /** A GET as a logged-in admin, whose token the edge accepts whatever the route. */
  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ADMIN).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** A tiny service answering every path with its name and the request id it received. */
  static String start(String name) {
    return "http://127.0.0.1:"
        + SERVICES.computeIfAbsent(name, GatewayRoutingTests::serve).getAddress().getPort();
  }

  private static HttpServer serve(String name) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            byte[] body =
                ("{\"status\":\"UP\",\"service\":\""
                        + name
                        + "\",\"request-id="
                        + exchange.getRequestHeaders().getFirst("X-Request-Id")
                        + "\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("X-Instance-Id", name);
            // Like the real services, answer with the request id received.
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
              exchange.getResponseHeaders().set("X-Request-Id", requestId);
            }
            String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
            if (traceparent != null) {
              exchange.getResponseHeaders().set("X-Received-Traceparent", traceparent);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
