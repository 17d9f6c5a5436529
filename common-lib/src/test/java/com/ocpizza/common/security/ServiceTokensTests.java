package com.ocpizza.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The service-token client against a real HTTP token endpoint and a real HTTP service. */
class ServiceTokensTests {

  HttpServer server;
  final AtomicInteger tokenRequests = new AtomicInteger();
  final List<String> tokenAuthorizations = new ArrayList<>();
  final List<String> seenByService = new ArrayList<>();

  @BeforeEach
  void startAuthAndService() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/oauth2/token",
        exchange -> {
          tokenRequests.incrementAndGet();
          tokenAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          respond(
              exchange,
              "{\"access_token\":\"token-"
                  + tokenRequests.get()
                  + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
        });
    server.createContext(
        "/internal/ping",
        exchange -> {
          seenByService.add(exchange.getRequestHeaders().getFirst("Authorization"));
          respond(exchange, "{}");
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void callsAnotherServiceWithOneCachedClientCredentialsToken() {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    ServiceTokens tokens = new ServiceTokens(base.resolve("/oauth2/token"), "order", "s3cret");
    RestClient stock = tokens.client(RestClient.builder(), base, Duration.ofSeconds(2));

    stock.get().uri("/internal/ping").retrieve().toBodilessEntity();
    stock.get().uri("/internal/ping").retrieve().toBodilessEntity();

    assertThat(tokenRequests).hasValue(1);
    assertThat(tokenAuthorizations.get(0))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("order:s3cret".getBytes(StandardCharsets.UTF_8)));
    assertThat(seenByService).containsExactly("Bearer token-1", "Bearer token-1");
  }

  @Test
  void withoutASecretCallsCarryNoToken() {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    ServiceTokens tokens = new ServiceTokens(base.resolve("/oauth2/token"), "order", null);

    tokens
        .client(RestClient.builder(), base, Duration.ofSeconds(2))
        .get()
        .uri("/internal/ping")
        .retrieve()
        .toBodilessEntity();

    assertThat(tokens.configured()).isFalse();
    assertThat(tokenRequests).hasValue(0);
    assertThat(seenByService).containsExactly((String) null);
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
