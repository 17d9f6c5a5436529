package com.ocpizza.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ocpizza.launcher.WebSignIn;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the runs need from the demo data, prepared through the public API as staff would: pizzeria 1
 * taking orders around the clock, its stock topped up before order scenarios, and one scarce
 * ingredient for S2-hot.
 */
final class SuiteData {

  static final long PIZZERIA = 1;
  static final String ADMIN = "admin@ocpizza.demo";
  static final String MANAGER = "manager.oberkampf@ocpizza.demo";
  static final BigDecimal PLENTY = new BigDecimal("900000");

  private final URI gateway;
  private final String password;
  private Api admin;
  private Api manager;
  private String managerToken;
  private Instant signedInAt;

  private SuiteData(URI gateway, String password) {
    this.gateway = gateway;
    this.password = password;
    signInBoth();
  }

  /** Signs in the chain's admin and pizzeria 1's manager through the gateway. */
  static SuiteData signIn(URI gateway, String password) {
    return new SuiteData(gateway, password);
  }

  /**
   * Signs both in again once their tokens are five minutes old: a full run lasts longer than an
   * access token (fifteen minutes), so each scenario starts with tokens that outlive it, without
   * tripping the gateway's sign-in limit.
   */
  void renew() {
    if (Duration.between(signedInAt, Instant.now()).compareTo(Duration.ofMinutes(5)) >= 0) {
      signInBoth();
    }
  }

  private void signInBoth() {
    signedInAt = Instant.now();
    String adminToken = new WebSignIn(gateway).signIn(ADMIN, password).access();
    managerToken = new WebSignIn(gateway).signIn(MANAGER, password).access();
    admin = new Api(gateway, adminToken);
    manager = new Api(gateway, managerToken);
  }

  String managerToken() {
    return managerToken;
  }

  /** Opening hours from 00:00 to 23:59:59 every day, so that orders are taken whenever we run. */
  void openAroundTheClock() {
    ObjectNode pizzeria = (ObjectNode) admin.get("/api/pizzerias/" + PIZZERIA);
    ArrayNode hours = Api.JSON.createArrayNode();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.addObject().put("day", day.name()).put("opens", "00:00:00").put("closes", "23:59:59");
    }
    pizzeria.set("openingHours", hours);
    admin.put("/api/pizzerias/" + PIZZERIA, pizzeria);
  }

  /** The pizzas on the menu (medium size), in menu order. */
  List<Long> pizzas() {
    List<Long> pizzas = new ArrayList<>();
    for (JsonNode item : manager.get("/api/pizzerias/" + PIZZERIA + "/menu").path("products")) {
      if ("PIZZA".equals(item.path("category").asText())) {
        pizzas.add(item.path("productId").asLong());
      }
    }
    if (pizzas.isEmpty()) {
      throw new IllegalStateException("Pizzeria " + PIZZERIA + " sells no pizza");
    }
    return pizzas;
  }

  /** Counts every ingredient of the pizzeria at a level no run can exhaust. */
  void topUp() {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (JsonNode line : stock().path("ingredients")) {
      lines.add(
          Map.of("ingredientId", line.path("ingredientId").asLong(), "countedQuantity", PLENTY));
    }
    manager.post("/api/stock/pizzerias/" + PIZZERIA + "/inventory", Map.of("lines", lines), 200);
  }

  /**
   * The scarce ingredient of S2-hot: the first of the product's recipe, and its medium quantity.
   */
  record Scarce(long ingredientId, String name, BigDecimal perPizza) {}

  Scarce scarceIngredientOf(long productId) {
    JsonNode first =
        admin.get("/api/catalogue/products/" + productId + "/recipe").path("lines").get(0);
    return new Scarce(
        first.path("ingredientId").asLong(),
        first.path("ingredientName").asText(),
        first.path("quantities").path("MEDIUM").decimalValue());
  }

  /** Counts the ingredient at exactly this quantity, the others plenty. */
  void setStock(long ingredientId, BigDecimal quantity) {
    topUp();
    manager.post(
        "/api/stock/pizzerias/" + PIZZERIA + "/inventory",
        Map.of("lines", List.of(Map.of("ingredientId", ingredientId, "countedQuantity", quantity))),
        200);
  }

  BigDecimal quantity(long ingredientId) {
    for (JsonNode line : stock().path("ingredients")) {
      if (line.path("ingredientId").asLong() == ingredientId) {
        return line.path("quantity").decimalValue();
      }
    }
    throw new IllegalStateException("No ingredient " + ingredientId + " in the stock");
  }

  /** The status of an order as the order service tells it. */
  String orderStatus(String orderId) {
    return manager.get("/api/orders/" + orderId).path("status").asText();
  }

  private JsonNode stock() {
    return manager.get("/api/stock/pizzerias/" + PIZZERIA);
  }
}
