package com.ocpizza.order.placement;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real HTTP server standing in for the stock and client services: pizzeria 1 open and
 * delivering to 75011, pizzeria 2 closed, a menu of one pizza and one water, and a stock of
 * Margherita portions reserved all-or-nothing and idempotently per order, as the stock service
 * does.
 */
final class FakeNeighbours {

  static final long MARGHERITA = 10;
  static final long WATER = 20;

  private static final JsonMapper JSON = new JsonMapper();
  private final Map<String, Integer> reservations = new HashMap<>();
  private HttpServer server;
  private int port;
  private int portions;

  FakeNeighbours(int portions) {
    this.portions = portions;
    start();
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  synchronized void stockOf(int margheritas) {
    portions = margheritas;
    reservations.clear();
  }

  synchronized int portionsLeft() {
    return portions;
  }

  synchronized Map<String, Integer> reservations() {
    return Map.copyOf(reservations);
  }

  void stop() {
    server.stop(0);
  }

  void start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    port = server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/api/pizzerias/1")) {
      reply(exchange, 200, pizzeria(1, true));
    } else if (path.equals("/api/pizzerias/2")) {
      reply(exchange, 200, pizzeria(2, false));
    } else if (path.matches("/api/pizzerias/[12]/menu")) {
      reply(exchange, 200, MENU);
    } else if (path.startsWith("/api/pizzerias/")) {
      reply(exchange, 404, "{}");
    } else if (path.startsWith("/internal/reservations/") && method.equals("PUT")) {
      reserve(exchange, path.substring("/internal/reservations/".length()));
    } else if (path.startsWith("/internal/reservations/") && method.equals("DELETE")) {
      release(path.substring("/internal/reservations/".length()));
      reply(exchange, 204, null);
    } else if (path.startsWith("/internal/customers/by-account/")) {
      String account = path.substring(path.lastIndexOf('/') + 1);
      reply(
          exchange,
          200,
          "{\"id\":\"cust-%s\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"phone\":\"0600000000\"}"
              .formatted(account));
    } else {
      reply(exchange, 404, "{}");
    }
  }

  private void reserve(HttpExchange exchange, String orderId) throws IOException {
    JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
    int wanted = 0;
    for (JsonNode line : request.path("lines")) {
      if (line.path("productId").asLong() == MARGHERITA) {
        wanted += line.path("count").asInt();
      }
    }
    boolean reserved;
    synchronized (this) {
      int held = reservations.getOrDefault(orderId, 0);
      reserved = portions + held >= wanted;
      if (reserved) {
        portions = portions + held - wanted;
        reservations.put(orderId, wanted);
      }
    }
    if (reserved) {
      reply(exchange, 200, "{\"orderId\":\"" + orderId + "\"}");
    } else {
      reply(
          exchange,
          409,
          "{\"type\":\"urn:ocpizza:problem:insufficient-stock\",\"status\":409,"
              + "\"products\":[{\"productId\":10,\"name\":\"Margherita\",\"size\":\"MEDIUM\"}]}");
    }
  }

  private synchronized void release(String orderId) {
    Integer held = reservations.remove(orderId);
    if (held != null) {
      portions += held;
    }
  }

  private static String pizzeria(long id, boolean open) {
    return ("{\"id\":%d,\"name\":\"Oberkampf\",\"status\":\"OPEN\",\"openNow\":%s,"
            + "\"deliveryArea\":{\"postcodes\":[\"75011\"],\"fee\":2.50}}")
        .formatted(id, open);
  }

  private static final String MENU =
      "{\"pizzeriaId\":1,\"products\":["
          + "{\"productId\":10,\"name\":\"Margherita\",\"vatRate\":10.0,\"available\":true,"
          + "\"sizes\":[{\"size\":\"MEDIUM\",\"priceExclVat\":9.09,\"priceInclVat\":10.00,"
          + "\"canMake\":50,\"available\":true}]},"
          + "{\"productId\":20,\"name\":\"Eau 1.5 l\",\"vatRate\":5.5,\"available\":true,"
          + "\"sizes\":[{\"size\":\"SINGLE\",\"priceExclVat\":2.37,\"priceInclVat\":2.50,"
          + "\"canMake\":99,\"available\":true}]}]}";

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
