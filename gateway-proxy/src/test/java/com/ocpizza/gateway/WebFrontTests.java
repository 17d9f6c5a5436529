package com.ocpizza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web front as a browser gets it from the gateway: its files, its deep links, its headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebFrontTests {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void auth(DynamicPropertyRegistry registry) {
    registry.add("ocpizza.edge.jwk-set-uri", () -> TestTokens.authUrl() + "/oauth2/jwks");
  }

  @Test
  void servesTheAppWithoutATokenAndWithASecurityPolicyThatAllowsOnlyItsOwnScripts()
      throws Exception {
    HttpResponse<String> page = get("/app/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<div id=\"root\"></div>").contains("/app/assets/");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self';"));
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void answersDeepLinksWithTheAppSoItsRouterShowsThePage() throws Exception {
    HttpResponse<String> deepLink = get("/app/orders/42");

    assertThat(deepLink.statusCode()).isEqualTo(200);
    assertThat(deepLink.body()).contains("<div id=\"root\"></div>");
    assertThat(deepLink.headers().firstValue("Cache-Control")).hasValue("no-cache");
  }

  @Test
  void servesTheBuiltScriptsAndAnswers404ForAFileThatDoesNotExist() throws Exception {
    String page = get("/app/").body();
    String script = page.replaceAll("(?s).*src=\"(/app/assets/[^\"]+\\.js)\".*", "$1");

    HttpResponse<String> js = get(script);
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(get("/app/assets/missing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void leadsTheSiteRootToTheApp() throws Exception {
    HttpResponse<String> root = get("/");

    assertThat(root.statusCode()).isEqualTo(307);
    assertThat(root.headers().firstValue("Location")).hasValue("/app/");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
