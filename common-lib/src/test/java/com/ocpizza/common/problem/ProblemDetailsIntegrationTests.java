package com.ocpizza.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.common.TestApplication;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class ProblemDetailsIntegrationTests {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void invalidFieldsAnswer400WithEachFieldError() throws Exception {
    HttpResponse<String> response = post("/api/pizzas", "{\"name\":\"\",\"count\":0}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("urn:ocpizza:problem:validation")
        .contains("\"field\":\"count\"")
        .contains("\"field\":\"name\"");
  }

  @Test
  void aMethodLevelRefusalIsA403ProblemNotA500() throws Exception {
    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(uri("/api/pizzas/recipe"))
                .header("Authorization", TestTokens.bearer(TestTokens.customer("customer-7")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> allowed =
        http.send(
            HttpRequest.newBuilder(uri("/api/pizzas/recipe"))
                .header("Authorization", TestTokens.bearer(TestTokens.staff(1, "PIZZAIOLO")))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("urn:ocpizza:problem:forbidden");
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  @Test
  void malformedJsonAnswers400Problem() throws Exception {
    HttpResponse<String> response = post("/api/pizzas", "{\"name\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("urn:ocpizza:problem:malformed-request");
  }

  @Test
  void validBodyReachesTheControllerWithTheCaller() throws Exception {
    HttpResponse<String> response = post("/api/pizzas", "{\"name\":\"Reine\",\"count\":2}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Reine for customer-7");
  }

  @Test
  void aCallerWithoutTheDeclaredRoleGets403Problem() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/pizzas"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(TestTokens.staff(1, "PIZZAIOLO")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Reine\",\"count\":1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void feedParametersOutOfRangeAnswer400Problem() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/internal/events?limit=5000"))
                .header("Authorization", TestTokens.bearer(TestTokens.service("stock")))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("limit");
  }

  @Test
  void keepsTheCallersRequestId() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/internal/events"))
                .header("X-Request-Id", "abc-123")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("abc-123");
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Authorization", TestTokens.bearer(TestTokens.customer("customer-7")))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
