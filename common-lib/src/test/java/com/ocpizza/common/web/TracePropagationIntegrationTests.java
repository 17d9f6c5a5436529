package com.ocpizza.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.common.TestApplication;
import com.ocpizza.common.security.EndpointRules;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * A request that arrives with a W3C {@code traceparent} and calls another service through the
 * Boot-managed {@link RestClient.Builder} (as the services' clients do) carries the same trace on:
 * one trace across gateway, order and stock.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TracePropagationIntegrationTests.Hops.class)
@RealDatabase
@TestAuthServer
class TracePropagationIntegrationTests {

  static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
  static final String CALLER_SPAN = "b7ad6b7169203331";

  @LocalServerPort int port;

  @Test
  void theOutgoingCallContinuesTheIncomingTrace() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/trace/hop"))
                    .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    String[] received = response.body().split("-");
    assertThat(received).hasSize(4);
    assertThat(received[1]).isEqualTo(TRACE_ID);
    assertThat(received[2])
        .as("a span of its own, child of the caller's")
        .isNotEqualTo(CALLER_SPAN);
  }

  @Test
  void aRequestWithoutTraceStartsOneAndPassesItOn() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/trace/hop"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  /** Two endpoints of one service: the first calls the second, which shows what it received. */
  @TestConfiguration
  static class Hops {

    @Bean
    EndpointRules traceRules() {
      return rules -> rules.requestMatchers(HttpMethod.GET, "/api/trace/**").permitAll();
    }

    @Bean
    HopController hopController(RestClient.Builder builder, Environment environment) {
      return new HopController(builder, environment);
    }
  }

  @RestController
  static class HopController {

    private final RestClient.Builder builder;
    private final Environment environment;

    HopController(RestClient.Builder builder, Environment environment) {
      this.builder = builder;
      this.environment = environment;
    }

    @GetMapping("/api/trace/hop")
    String hop() {
      return builder
          .build()
          .get()
          .uri(
              "http://127.0.0.1:"
                  + environment.getProperty("local.server.port")
                  + "/api/trace/echo")
          .retrieve()
          .body(String.class);
    }

    @GetMapping("/api/trace/echo")
    String echo(@RequestHeader(name = "traceparent", defaultValue = "none") String traceparent) {
      return traceparent;
    }
  }
}
