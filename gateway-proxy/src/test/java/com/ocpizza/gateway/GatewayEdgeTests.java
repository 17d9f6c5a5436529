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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's edge defences, in front of small real HTTP servers that report the headers they
 * received: token checks, rate limits, body size, header hygiene and security headers.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ocpizza.edge.max-body-size=1KB",
      "ocpizza.edge.allowed-origins=https://front.ocpizza.test",
      "ocpizza.edge.rate-limits.routes[0].name=login",
      "ocpizza.edge.rate-limits.routes[0].method=POST",
      "ocpizza.edge.rate-limits.routes[0].paths=/login",
      "ocpizza.edge.rate-limits.routes[0].limit=3/PT1M"
    })
class GatewayEdgeTests {

  static final Map<String, HttpServer> SERVICES = new ConcurrentHashMap<>();

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    for (String name : new String[] {"auth", "client", "stock", "management"}) {
      registry.add("ocpizza." + name + ".url", () -> start(name));
    }
    registry.add("ocpizza.order.urls", () -> start("order"));
    registry.add("ocpizza.edge.jwk-set-uri", () -> TestTokens.authUrl() + "/oauth2/jwks");
  }

  @AfterAll
  static void stopServices() {
    SERVICES.values().forEach(server -> server.stop(0));
  }

  @Test
  void letsVisitorsBrowseMenusAndSignUpWithoutAToken() throws Exception {
    assertThat(send(get("/api/pizzerias/1/menu")).statusCode()).isEqualTo(200);
    assertThat(send(get("/api/catalogue/products")).statusCode()).isEqualTo(200);
    assertThat(send(post("/api/auth/register", "{}")).statusCode()).isEqualTo(200);
    assertThat(send(get("/.well-known/openid-configuration")).statusCode()).isEqualTo(200);
    assertThat(send(get("/login")).statusCode()).isEqualTo(200);
  }

  @Test
  void letsTheBrowserReachThePaymentPageAndItsReturnWithoutAToken() throws Exception {
    assertThat(send(get("/api/payments/simulator/o-1?amount=1&signature=s")).statusCode())
        .isEqualTo(200);
    assertThat(send(post("/api/payments/simulator/o-1", "amount=1&signature=s")).statusCode())
        .isEqualTo(200);
    assertThat(send(get("/api/payments/callback?orderId=o-1")).statusCode()).isEqualTo(200);
    assertThat(send(get("/api/payments/refunds")).statusCode()).isEqualTo(401);
  }

  @Test
  void refusesApiCallsWithoutAValidTokenBeforeTheyReachAService() throws Exception {
    String good = TestTokens.customer("c-42");
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
    String expired = TestTokens.token("c-42", List.of("CUSTOMER"), null, Duration.ofMinutes(-5));
    String otherIssuer = TestTokens.tokenFrom("https://elsewhere.example", "c-42", "CUSTOMER");
    String otherKey = TestTokens.signedWithUnknownKey("c-42", "CUSTOMER");

    HttpResponse<String> missing = send(get("/api/orders/17"));
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(missing.body()).contains("urn:ocpizza:problem:unauthorized");
    assertThat(missing.headers().firstValue("X-Instance-Id")).isEmpty();
    for (String token : List.of(tampered, unsigned, expired, otherIssuer, otherKey, "garbage")) {
      HttpResponse<String> refused =
          send(get("/api/customers/me").header("Authorization", "Bearer " + token));
      assertThat(refused.statusCode()).as(token).isEqualTo(401);
      assertThat(refused.headers().firstValue("X-Instance-Id")).isEmpty();
    }
    assertThat(
            send(get("/api/customers/me").header("Authorization", "Bearer " + good)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void staffOrderQueuesUnderPizzeriasNeedAToken() throws Exception {
    assertThat(send(get("/api/pizzerias/1/orders")).statusCode()).isEqualTo(401);
  }

  @Test
  void throttlesLoginAttemptsWithA429ProblemSayingWhenToRetry() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send(post("/login", "username=a&password=b")).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> refused = send(post("/login", "username=a&password=b"));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).contains("urn:ocpizza:problem:too-many-requests");
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
  }

  @Test
  void addsSecurityHeadersToEveryAnswer() throws Exception {
    HttpResponse<String> response = send(get("/api/pizzerias"));

    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
  }

  @Test
  void neverForwardsSpoofedForwardingOrIdentityHeaders() throws Exception {
    HttpResponse<String> response =
        send(
            get("/api/pizzerias")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Real-IP", "6.6.6.6")
                .header("X-User-Id", "admin")
                .header("X-Roles", "ADMIN")
                .header("Forwarded", "for=6.6.6.6"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .doesNotContain("6.6.6.6")
        .doesNotContain("evil.example")
        .doesNotContainIgnoringCase("x-user-id")
        .doesNotContainIgnoringCase("x-roles")
        .contains("X-forwarded-for=127.0.0.1");
  }

  @Test
  void refusesBodiesOverTheCap() throws Exception {
    HttpResponse<String> response =
        send(post("/api/auth/register", "{\"x\":\"" + "a".repeat(2000) + "\"}"));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void answersCorsPreflightsForConfiguredOriginsOnly() throws Exception {
    HttpResponse<String> allowed = send(preflight("https://front.ocpizza.test"));
    HttpResponse<String> other = send(preflight("https://evil.example"));

    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://front.ocpizza.test");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private HttpRequest.Builder preflight(String origin) {
    return HttpRequest.newBuilder(uri("/api/orders"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST");
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path));
  }

  private HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static String start(String name) {
    return "http://127.0.0.1:"
        + SERVICES.computeIfAbsent(name, GatewayEdgeTests::serve).getAddress().getPort();
  }

  /** A tiny service answering every path with the headers it received. */
  private static HttpServer serve(String name) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
            byte[] body =
                ("{\"status\":\"UP\",\"service\":\"" + name + "\",\"headers\":\"" + headers + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("X-Instance-Id", name);
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
