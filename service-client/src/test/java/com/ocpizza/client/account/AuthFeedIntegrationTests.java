package com.ocpizza.client.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.client.customer.CustomerRepository;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The client service polling a real HTTP feed standing for auth's, which delivers the same
 * registration more than once (as an at-least-once feed may).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class AuthFeedIntegrationTests {

  static final String ACCOUNT = UUID.randomUUID().toString();
  static final String DISABLED_ACCOUNT = UUID.randomUUID().toString();
  static final HttpServer AUTH = feed();

  @Autowired CustomerRepository customers;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void authFeed(DynamicPropertyRegistry registry) {
    String url = "http://127.0.0.1:" + AUTH.getAddress().getPort();
    registry.add("ocpizza.feed.sources.auth", () -> url);
    registry.add("ocpizza.feed.sources.order", () -> url + "/empty");
    registry.add("ocpizza.feed.poll-interval", () -> "50ms");
  }

  @AfterAll
  static void stopFeed() {
    AUTH.stop(0);
  }

  @Test
  void aRegistrationDeliveredTwiceCreatesOneProfileAndTheFeedMovesOn() {
    // The disabling comes after the duplicate: seeing it applied proves the duplicate neither
    // failed nor blocked the feed.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> customers.findByAccountId(DISABLED_ACCOUNT).isPresent());

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM customer WHERE email = ?")
                .param(ACCOUNT + "@example.fr")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(Api.customer(port, ACCOUNT).get("/api/customers/me").json().get("phone").asString())
        .isEqualTo("+33612345678");
  }

  @Test
  void aDisabledAccountDisablesTheProfile() {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "DISABLED"
                    .equals(
                        Api.customer(port, DISABLED_ACCOUNT)
                            .get("/api/customers/me")
                            .json()
                            .path("status")
                            .asString()));
  }

  /** Serves two deliveries of one registration, another registration, then its disabling. */
  private static HttpServer feed() {
    Instant at = Instant.now().minusSeconds(60);
    String events =
        "["
            + event(1, "UserRegistered", registration(ACCOUNT), at)
            + ","
            + event(2, "UserRegistered", registration(ACCOUNT), at)
            + ","
            + event(3, "UserRegistered", registration(DISABLED_ACCOUNT), at)
            + ","
            + event(4, "UserDisabled", "{\"userId\":\"" + DISABLED_ACCOUNT + "\"}", at)
            + "]";
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            boolean auth = !exchange.getRequestURI().getPath().startsWith("/empty");
            // Each poll gets every event again: the cursor alone must prevent re-applying.
            byte[] body = (auth ? events : "[]").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String registration(String account) {
    return "{\"userId\":\""
        + account
        + "\",\"email\":\""
        + account
        + "@example.fr\",\"firstName\":\"Léa\",\"lastName\":\"Martin\",\"phone\":\"0612345678\"}";
  }

  private static String event(long id, String type, String payload, Instant at) {
    return "{\"id\":"
        + id
        + ",\"type\":\""
        + type
        + "\",\"aggregateId\":\"x\",\"occurredAt\":\""
        + at
        + "\",\"payload\":"
        + payload
        + "}";
  }
}
