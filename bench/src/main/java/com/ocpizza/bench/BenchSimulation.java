package com.ocpizza.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The scenario of the current {@link Plan} as an open workload: users arrive at the plan's rate for
 * its duration, each does one bounded piece of work and leaves. Requests time out after 10 s and
 * the run is cut 30 s after the last arrival, so no run can hang.
 */
public class BenchSimulation extends Simulation {

  private static final Duration REQUEST_TIMEOUT_GRACE = Duration.ofSeconds(30);

  /** Mix weights, browse 10 : order 1 : status 2 : dashboard 0.1, as percentages. */
  private static final double TOTAL_WEIGHT = 10 + 1 + 2 + 0.1;

  private final Plan plan = Plan.current();
  private final Plan.Data data = plan.data();

  public BenchSimulation() {
    HttpProtocolBuilder protocol =
        http.acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections()
            .disableWarmUp()
            .disableCaching();
    ScenarioBuilder users =
        scenario(plan.scenario().title() + " via " + plan.target().name())
            .exec(work(plan.scenario()));
    setUp(users.injectOpen(constantUsersPerSec(plan.rate()).during(plan.duration())))
        .protocols(protocol)
        .maxDuration(plan.duration().plus(REQUEST_TIMEOUT_GRACE));
  }

  private ChainBuilder work(Scenario scenario) {
    return switch (scenario) {
      case S1_MENU -> menu();
      case S2_ORDER -> placeOrder("place order", randomPizzas());
      case S2_HOT -> hotOrder();
      case S3_STATUS -> statusUpdates();
      case S4_DASHBOARD -> dashboard();
      case MIX ->
          exec(
              randomSwitch()
                  .on(
                      percent(100 * 10 / TOTAL_WEIGHT).then(menu()),
                      percent(100 * 1 / TOTAL_WEIGHT)
                          .then(placeOrder("place order", randomPizzas())),
                      percent(100 * 2 / TOTAL_WEIGHT).then(statusUpdates()),
                      percent(100 * 0.1 / TOTAL_WEIGHT).then(dashboard())));
    };
  }

  private ChainBuilder menu() {
    return exec(
        http("menu")
            .get(plan.base("stock") + "/api/pizzerias/" + data.pizzeriaId() + "/menu")
            .check(status().is(200)));
  }

  /** A counter order paid in cash, taken by the pizzeria's manager: no customer account needed. */
  private ChainBuilder placeOrder(String name, Lines lines) {
    return exec(session -> session.set("key", UUID.randomUUID().toString()))
        .exec(
            http(name)
                .post(plan.base("order") + "/api/orders")
                .header("Authorization", "Bearer " + data.managerToken())
                .header("Idempotency-Key", "#{key}")
                .body(StringBody(session -> orderBody(lines.pick())))
                .check(status().is(201), jsonPath("$.id").saveAs("orderId")));
  }

  private ChainBuilder hotOrder() {
    return exec(session -> session.set("key", UUID.randomUUID().toString()))
        .exec(
            http("place hot order")
                .post(plan.base("order") + "/api/orders")
                .header("Authorization", "Bearer " + data.managerToken())
                .header("Idempotency-Key", "#{key}")
                .body(StringBody(orderBody(List.of(data.hotProductId()))))
                .check(
                    status().in(201, 409).saveAs("status"),
                    jsonPath("$.id").optional().saveAs("orderId")))
        .exec(
            session -> {
              if (session.getInt("status") == 201 && session.contains("orderId")) {
                data.acceptedHotOrders().add(session.getString("orderId"));
              }
              return session;
            });
  }

  /** A fresh order goes into preparation and comes out ready: two status changes by staff. */
  private ChainBuilder statusUpdates() {
    return placeOrder("place for status", () -> List.of(data.pizzaIds().get(0)))
        .exec(
            http("status")
                .post(plan.base("order") + "/api/orders/#{orderId}/start-preparation")
                .header("Authorization", "Bearer " + data.managerToken())
                .check(status().is(200)))
        .exec(
            http("status")
                .post(plan.base("order") + "/api/orders/#{orderId}/ready")
                .header("Authorization", "Bearer " + data.managerToken())
                .check(status().is(200)));
  }

  /** The month's summary and the daily series over the whole (up to three-year) history. */
  private ChainBuilder dashboard() {
    String base = plan.base("management") + "/api/management/dashboard";
    LocalDate today = LocalDate.now();
    return exec(http("dashboard")
            .get(base + "/summary?pizzeriaId=" + data.pizzeriaId() + "&period=MONTH")
            .header("Authorization", "Bearer " + data.managerToken())
            .check(status().is(200)))
        .exec(
            http("dashboard")
                .get(
                    base
                        + "/timeseries?pizzeriaId="
                        + data.pizzeriaId()
                        + "&period=CUSTOM&from="
                        + today.minusYears(3).plusDays(1)
                        + "&to="
                        + today)
                .header("Authorization", "Bearer " + data.managerToken())
                .check(status().is(200)));
  }

  /** Which pizzas one order holds. */
  private interface Lines {
    List<Long> pick();
  }

  /** One to five different pizzas, medium. */
  private Lines randomPizzas() {
    return () -> {
      List<Long> pizzas = new ArrayList<>(data.pizzaIds());
      Collections.shuffle(pizzas, ThreadLocalRandom.current());
      int count = Math.min(pizzas.size(), 1 + ThreadLocalRandom.current().nextInt(5));
      return pizzas.subList(0, count);
    };
  }

  private String orderBody(List<Long> productIds) {
    StringBuilder lines = new StringBuilder();
    for (Long productId : productIds) {
      if (lines.length() > 0) {
        lines.append(',');
      }
      lines.append("{\"productId\":").append(productId).append(",\"size\":\"MEDIUM\",\"count\":1}");
    }
    return "{\"pizzeriaId\":"
        + data.pizzeriaId()
        + ",\"channel\":\"COUNTER\",\"fulfilment\":\"TAKEAWAY\",\"paymentMethod\":\"CASH\","
        + "\"lines\":["
        + lines
        + "]}";
  }
}
