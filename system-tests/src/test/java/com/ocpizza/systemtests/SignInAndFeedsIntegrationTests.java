package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.launcher.Suite;
import com.ocpizza.launcher.WebSignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People and services proving who they are to the real suite: demo staff and customers sign in
 * through the gateway with the authorization-code flow, services call each other's internal
 * endpoints with client-credentials tokens, and the feeds carry what one service learns to the
 * next.
 */
@ExtendWith(RunningSuite.class)
class SignInAndFeedsIntegrationTests {

  @Test
  void aDemoManagerSignsInThroughTheGatewayAndRotatesRefreshTokens(Suite suite) {
    WebSignIn browser = new WebSignIn(suite.gatewayUrl());
    WebSignIn.Tokens tokens = browser.signIn("manager.oberkampf@ocpizza.demo", demoPassword(suite));

    HttpResponse<String> me =
        Gateway.withToken(suite.gatewayUrl(), tokens.access()).get("/api/auth/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("MANAGER").contains("\"pizzeriaId\":1");

    WebSignIn.Tokens rotated = browser.refresh(tokens.refresh());
    assertThat(rotated.status()).isEqualTo(200);
    assertThat(rotated.refresh()).isNotEqualTo(tokens.refresh());
    // Replaying a used refresh token is taken as theft: it fails and ends the whole session.
    assertThat(browser.refresh(tokens.refresh()).status()).isEqualTo(400);
    assertThat(browser.refresh(rotated.refresh()).status()).isEqualTo(400);
  }

  @Test
  void signingOutRevokesTheRefreshToken(Suite suite) {
    WebSignIn browser = new WebSignIn(authDirectly(suite));
    WebSignIn.Tokens tokens = browser.signIn("counter.vincennes@ocpizza.demo", demoPassword(suite));

    assertThat(browser.revoke(tokens.refresh())).isEqualTo(200);
    assertThat(browser.refresh(tokens.refresh()).status()).isEqualTo(400);
  }

  @Test
  void aRegisteredDemoCustomerFindsTheProfileTheClientServiceBuiltFromAuthsFeed(Suite suite) {
    WebSignIn.Tokens tokens =
        new WebSignIn(authDirectly(suite)).signIn("chloe.dubois@ocpizza.demo", demoPassword(suite));
    Gateway customer = Gateway.withToken(suite.gatewayUrl(), tokens.access());

    // The client service polls auth's feed with its own service token.
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              HttpResponse<String> profile = customer.get("/api/customers/me");
              assertThat(profile.statusCode()).isEqualTo(200);
              assertThat(profile.body()).contains("chloe.dubois@ocpizza.demo");
            });
    assertThat(customer.get("/api/customers?q=Dubois").statusCode()).isEqualTo(403);
  }

  @Test
  void servicesCallEachOthersInternalEndpointsWithClientCredentialsAndPeopleCannot(Suite suite) {
    String serviceToken = clientCredentials(suite, "order");
    URI stock = suite.url("stock");
    String unknownOrder = "/internal/reservations/" + UUID.randomUUID();

    assertThat(get(stock, unknownOrder, serviceToken).statusCode()).isEqualTo(404);
    assertThat(get(stock, "/internal/events?after=0&limit=1", serviceToken).statusCode())
        .isEqualTo(200);

    String person =
        new WebSignIn(authDirectly(suite))
            .signIn("admin@ocpizza.demo", demoPassword(suite))
            .access();
    assertThat(get(stock, unknownOrder, person).statusCode()).isEqualTo(403);
    assertThat(get(stock, unknownOrder, null).statusCode()).isEqualTo(401);
  }

  @Test
  void visitorsSeeThePizzasVincennesCannotMakeTonightGreyedOut(Suite suite) {
    HttpResponse<String> menu = Gateway.anonymous(suite.gatewayUrl()).get("/api/pizzerias/4/menu");

    assertThat(menu.statusCode()).isEqualTo(200);
    String reine = productJson(menu.body(), "Reine");
    assertThat(reine).contains("\"available\":false").contains("Champignons");
    assertThat(productJson(menu.body(), "Margherita")).contains("\"available\":true");
  }

  /**
   * Auth itself, for the tests whose subject is not the sign-in: the gateway allows only a few
   * sign-ins a minute from one address, and the first test spends them.
   */
  private static URI authDirectly(Suite suite) {
    return suite.url("auth");
  }

  /** The JSON of one product in a menu, from its name to the next product. */
  private static String productJson(String menu, String name) {
    int start = menu.indexOf("\"name\":\"" + name + "\"");
    assertThat(start).as(name + " on the menu").isNotNegative();
    int next = menu.indexOf("\"productId\"", start);
    return menu.substring(start, next < 0 ? menu.length() : next);
  }

  private static String demoPassword(Suite suite) {
    try {
      String first = Files.readAllLines(suite.runtimeDir().resolve("demo-accounts.txt")).get(0);
      return first.substring(first.lastIndexOf(": ") + 2).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clientCredentials(Suite suite, String clientId) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (clientId + ":" + suite.serviceSecret()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(suite.url("auth") + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new WebSignIn.Tokens(200, response.body()).access();
  }

  private static HttpResponse<String> get(URI service, String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient()
          .send(
              request.timeout(Duration.ofSeconds(20)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
