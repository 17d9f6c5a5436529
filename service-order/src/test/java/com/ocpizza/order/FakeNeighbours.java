package com.ocpizza.order;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real HTTP server standing in for the stock and client services: pizzeria 1 open and
 * delivering to 75011, pizzeria 2 closed, a menu of one pizza, one water and one tiramisu, and a
 * stock of Margherita portions reserved all-or-nothing and idempotently per order, as the stock
 * service does. The tiramisu is on the menu but unknown to the reservations (answered 404), as
 * after a catalogue change. Every reservation call is recorded. Pizzeria 3, open, sells the same
 * menu with a Margherita whose price a test may change, and counts how often its menu is read.
 */
public final class FakeNeighbours {

  public static final long MARGHERITA = 10;
  public static final long WATER = 20;
  public static final long TIRAMISU = 30;

  /** A call to {@code /internal/reservations/{orderId}}. */
  public record ReservationCall(String method, String orderId, String body) {}

  private static final JsonMapper JSON = new JsonMapper();
  private final Map<String, Integer> reservations = new HashMap<>();
  private final List<ReservationCall> calls = new ArrayList<>();
  private final Map<String, Integer> releaseAnswers = new HashMap<>();
  private long lateAnswerMillis;
  private HttpServer server;
  private int port;
  private int portions;
  private boolean conflictNext;
  private String thirdMargheritaPrice = "9.09";
  private int thirdMenuReads;

  public FakeNeighbours(int portions) {
    this.portions = portions;
    start();
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public synchronized void stockOf(int margheritas) {
    portions = margheritas;
    reservations.clear();
  }

  /** The Margherita's new price excl. VAT at pizzeria 3, as the head office would reprice it. */
  public synchronized void repriceThirdMargherita(String priceExclVat) {
    thirdMargheritaPrice = priceExclVat;
  }

  /** How many times pizzeria 3's menu was read. */
  public synchronized int thirdMenuReads() {
    return thirdMenuReads;
  }

  public synchronized int portionsLeft() {
    return portions;
  }

  /** The next reservation is made at once, but answered only after this long. */
  public synchronized void answerNextReservationLate(java.time.Duration delay) {
    lateAnswerMillis = delay.toMillis();
  }

  /**
   * The next reservation call is refused with a plain 409 conflict, not a shortage: what the stock
   * service answers while another attempt at the same reservation is still under way.
   */
  public synchronized void answerNextReservationWithConflict() {
    conflictNext = true;
  }

  /** From now on, releasing this order's reservation is answered with this status, no body. */
  public synchronized void answerReleaseWith(String orderId, int status) {
    releaseAnswers.put(orderId, status);
  }

  public synchronized Map<String, Integer> reservations() {
    return Map.copyOf(reservations);
  }

  /** The reservation calls made for an order, oldest first. */
  public synchronized List<ReservationCall> callsFor(String orderId) {
    return calls.stream().filter(c -> c.orderId().equals(orderId)).toList();
  }

  public void stop() {
    server.stop(0);
  }

  public void start() {
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
    } else if (path.equals("/api/pizzerias/3")) {
      reply(exchange, 200, pizzeria(3, true));
    } else if (path.equals("/api/pizzerias/3/menu")) {
      String menu;
      synchronized (this) {
        thirdMenuReads++;
        menu = MENU.replace("\"priceExclVat\":9.09", "\"priceExclVat\":" + thirdMargheritaPrice);
      }
      reply(exchange, 200, menu);
    } else if (path.matches("/api/pizzerias/[12]/menu")) {
      reply(exchange, 200, MENU);
    } else if (path.startsWith("/api/pizzerias/")) {
      reply(exchange, 404, "{}");
    } else if (path.startsWith("/internal/reservations/") && method.equals("PUT")) {
      String orderId = path.substring("/internal/reservations/".length());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      record(new ReservationCall(method, orderId, body));
      reserve(exchange, orderId, body);
    } else if (path.startsWith("/internal/reservations/") && method.equals("DELETE")) {
      String orderId = path.substring("/internal/reservations/".length());
      record(new ReservationCall(method, orderId, null));
      Integer answer;
      synchronized (this) {
        answer = releaseAnswers.get(orderId);
      }
      if (answer == null) {
        release(orderId);
        reply(exchange, 204, null);
      } else {
        reply(exchange, answer, "{\"status\":" + answer + "}");
      }
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

  private synchronized void record(ReservationCall call) {
    calls.add(call);
  }

  private void reserve(HttpExchange exchange, String orderId, String body) throws IOException {
    boolean conflict;
    synchronized (this) {
      conflict = conflictNext;
      conflictNext = false;
    }
    if (conflict) {
      reply(exchange, 409, "{\"type\":\"urn:ocpizza:problem:conflict\",\"status\":409}");
      return;
    }
    JsonNode request = JSON.readTree(body);
    int wanted = 0;
    for (JsonNode line : request.path("lines")) {
      if (line.path("productId").asLong() == TIRAMISU) {
        reply(exchange, 404, "{\"status\":404,\"detail\":\"No product 30.\"}");
        return;
      }
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
    long late;
    synchronized (this) {
      late = lateAnswerMillis;
      lateAnswerMillis = 0;
    }
    if (late > 0) {
      try {
        Thread.sleep(late);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
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
          + "\"canMake\":99,\"available\":true}]},"
          + "{\"productId\":30,\"name\":\"Tiramisu\",\"vatRate\":10.0,\"available\":true,"
          + "\"sizes\":[{\"size\":\"SINGLE\",\"priceExclVat\":4.55,\"priceInclVat\":5.00,"
          + "\"canMake\":20,\"available\":true}]}]}";

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
