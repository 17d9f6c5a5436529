package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.Suite;
import com.ocpizza.launcher.WebSignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the staff screens' browser tests set up through the API: a pizzeria open whatever the time
 * of the run, orders placed at the counter, the day's revenue as the dashboards answer it.
 */
final class StaffFixtures {

  static final long CONVENTION = 2;
  static final long BOULOGNE = 3;
  static final long MARGHERITA = 1;

  private static final Pattern TOTAL = Pattern.compile("\"totalInclVat\":([0-9.]+)");
  private static final Pattern NUMBER = Pattern.compile("\"number\":\"([^\"]+)\"");
  private static final Pattern REVENUE =
      Pattern.compile("\"current\":\\{[^}]*?\"revenueInclVat\":([0-9.]+)");
  private static final Set<Long> OPENED = new HashSet<>();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The demo descriptions of the pizzerias these tests use, as the head office would send them. */
  private static final String CONVENTION_JSON =
      """
      {"name":"OC Pizza Paris 15 Convention",
       "address":{"street":"48 rue de la Convention","postcode":"75015","city":"Paris"},
       "phone":"01 45 32 10 15","siret":"81234567600116","openingHours":[%s],
       "deliveryArea":{"postcodes":["75015","75014","75007"],"fee":2.50}}
      """;

  private static final String BOULOGNE_JSON =
      """
      {"name":"OC Pizza Boulogne-Billancourt",
       "address":{"street":"27 route de la Reine","postcode":"92100","city":"Boulogne-Billancourt"},
       "phone":"01 46 05 10 92","siret":"81234567600124","openingHours":[%s],
       "deliveryArea":{"postcodes":["92100","92210"],"fee":3.00}}
      """;

  private StaffFixtures() {}

  /** The head office opens the pizzeria every day, midnight to 23:59:59, for this run. */
  static synchronized void openAllWeek(Suite suite, long pizzeriaId) {
    if (OPENED.contains(pizzeriaId)) {
      return;
    }
    StringBuilder hours = new StringBuilder();
    for (String day :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      hours.append(hours.isEmpty() ? "" : ",");
      hours.append("{\"day\":\"%s\",\"opens\":\"00:00\",\"closes\":\"23:59:59\"}".formatted(day));
    }
    String description = pizzeriaId == CONVENTION ? CONVENTION_JSON : BOULOGNE_JSON;
    HttpResponse<String> changed =
        send(
            suite,
            "founder@ocpizza.demo",
            "PUT",
            "/api/pizzerias/" + pizzeriaId,
            description.formatted(hours));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"openNow\":true");
    OPENED.add(pizzeriaId);
  }

  /** An anonymous takeaway sale at the counter: one medium Margherita per count. */
  static HttpResponse<String> counterSale(Suite suite, long pizzeriaId, String clerk, int count) {
    HttpResponse<String> placed =
        send(
            suite,
            clerk,
            "POST",
            "/api/orders",
            """
            {"pizzeriaId":%d,"channel":"COUNTER","fulfilment":"TAKEAWAY","paymentMethod":"CASH",
             "lines":[{"productId":%d,"size":"MEDIUM","count":%d}]}
            """
                .formatted(pizzeriaId, MARGHERITA, count));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    return placed;
  }

  /** The day's revenue incl. VAT of a pizzeria, as its manager's dashboard answers it. */
  static BigDecimal revenueToday(Suite suite, long pizzeriaId, String manager) {
    HttpResponse<String> summary =
        send(
            suite,
            manager,
            "GET",
            "/api/management/dashboard/summary?pizzeriaId=" + pizzeriaId,
            null);
    assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
    return new BigDecimal(group(REVENUE, summary.body()));
  }

  static BigDecimal total(HttpResponse<String> order) {
    return new BigDecimal(group(TOTAL, order.body()));
  }

  static String number(HttpResponse<String> order) {
    return group(NUMBER, order.body());
  }

  /**
   * A call through the gateway as a demo person, signed in once per run directly at auth (the
   * gateway lets few sign-ins a minute through, and the browsers need them).
   */
  static HttpResponse<String> send(
      Suite suite, String email, String method, String path, String json) {
    String token =
        TOKENS.computeIfAbsent(
            email,
            e ->
                new WebSignIn(suite.url("auth"))
                    .signIn(e, DemoPizzerias.demoPassword(suite))
                    .access());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + path, e);
    }
  }

  private static String group(Pattern pattern, String json) {
    Matcher matcher = pattern.matcher(json);
    if (!matcher.find()) {
      throw new AssertionError("No " + pattern + " in " + json);
    }
    return matcher.group(1);
  }
}
