package com.ocpizza.stock;

import com.ocpizza.testsupport.TestTokens;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds what a test needs through the service's own API, as the head office and staff would:
 * uniquely named ingredients and products, a fresh open pizzeria, stock counted into it. Tests
 * share one database, so each builds its own world and asserts only on it.
 */
public final class StockWorld {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final JsonMapper JSON = new JsonMapper();

  private final RestClient http;

  /** Numbers this world's pizzerias, so that two of them never share a name. */
  private final AtomicInteger pizzerias = new AtomicInteger();

  private final String suffix =
      " #" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);

  public StockWorld(int port) {
    this.http = RestClient.create("http://127.0.0.1:" + port);
  }

  /** An HTTP answer: status and JSON body (null when empty). */
  public record Reply(int status, JsonNode body) {

    public String text(String path) {
      JsonNode node = body;
      for (String part : path.split("\\.")) {
        node = node.get(part);
      }
      return node.asString();
    }

    /** The fields named in a 400 problem. */
    public List<String> fields() {
      List<String> fields = new ArrayList<>();
      body.get("errors").forEach(error -> fields.add(error.get("field").asString()));
      return fields;
    }
  }

  /** The status and entity tag of an answer. */
  public record Tagged(int status, String etag) {}

  // ----------------------------------------------------------------- catalogue, as the head office

  public long ingredient(String name, String unit, String unitCost) {
    return admin()
        .post(
            "/api/catalogue/ingredients",
            Map.of("name", name + suffix, "unit", unit, "unitCost", new BigDecimal(unitCost)))
        .body()
        .get("id")
        .asLong();
  }

  /** A pizza sold in three sizes (8, 10 and 13 euros excl. VAT), at 10 % VAT. */
  public long pizza(String name, Map<Long, String> recipe) {
    return product(
        name, "PIZZA", "10", Map.of("SMALL", "8.00", "MEDIUM", "10.00", "LARGE", "13.00"), recipe);
  }

  public long product(
      String name,
      String category,
      String vatRate,
      Map<String, String> prices,
      Map<Long, String> recipe) {
    Reply reply =
        admin()
            .post("/api/catalogue/products", productBody(name, category, vatRate, prices, recipe));
    if (reply.status() != 201) {
      throw new IllegalStateException("Cannot create product: " + reply);
    }
    return reply.body().get("id").asLong();
  }

  public Map<String, Object> productBody(
      String name,
      String category,
      String vatRate,
      Map<String, String> prices,
      Map<Long, String> recipe) {
    List<Map<String, Object>> sizes = new ArrayList<>();
    prices.forEach(
        (size, price) -> sizes.add(Map.of("size", size, "priceExclVat", new BigDecimal(price))));
    List<Map<String, Object>> lines = new ArrayList<>();
    recipe.forEach(
        (ingredient, quantity) ->
            lines.add(Map.of("ingredientId", ingredient, "quantity", new BigDecimal(quantity))));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name + suffix);
    body.put("category", category);
    body.put("description", "Made for a test.");
    body.put("vatRate", new BigDecimal(vatRate));
    body.put("sizes", sizes);
    body.put("recipe", Map.of("lines", lines, "memoryAid", "As the test says."));
    return body;
  }

  public String named(String name) {
    return name + suffix;
  }

  // ---------------------------------------------------------------------------------- pizzerias

  /** A new pizzeria, open, with an empty stock of every ingredient. */
  public long openPizzeria() {
    Reply registered =
        admin()
            .post(
                "/api/pizzerias",
                pizzeriaBody("Test pizzeria" + suffix + "-" + pizzerias.incrementAndGet()));
    if (registered.status() != 201) {
      throw new IllegalStateException("Cannot register a pizzeria: " + registered);
    }
    long id = registered.body().get("id").asLong();
    admin().post("/api/pizzerias/" + id + "/open", null);
    return id;
  }

  public static Map<String, Object> pizzeriaBody(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("address", Map.of("street", "1 rue du Test", "postcode", "75011", "city", "Paris"));
    body.put("phone", "01 23 45 67 89");
    body.put("siret", siret());
    body.put(
        "openingHours",
        List.of(
            Map.of("day", "MONDAY", "opens", "11:30", "closes", "14:30"),
            Map.of("day", "MONDAY", "opens", "18:00", "closes", "22:30")));
    body.put(
        "deliveryArea",
        Map.of("postcodes", List.of("75011", "75020"), "fee", new BigDecimal("2.50")));
    return body;
  }

  /** A random SIRET whose Luhn checksum holds. */
  public static String siret() {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 13; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    for (int check = 0; check < 10; check++) {
      String candidate = digits.toString() + check;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  private static boolean luhn(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int digit = number.charAt(number.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  // -------------------------------------------------------------------------------------- stock

  /** The manager counts these quantities on the shelves: the stock becomes exactly that. */
  public void count(long pizzeria, Map<Long, String> counted) {
    List<Map<String, Object>> lines = new ArrayList<>();
    counted.forEach(
        (ingredient, quantity) ->
            lines.add(
                Map.of("ingredientId", ingredient, "countedQuantity", new BigDecimal(quantity))));
    Reply reply =
        manager(pizzeria)
            .post("/api/stock/pizzerias/" + pizzeria + "/inventory", Map.of("lines", lines));
    if (reply.status() != 200) {
      throw new IllegalStateException("Cannot count stock: " + reply);
    }
  }

  public BigDecimal stockOf(long pizzeria, long ingredient) {
    for (JsonNode line :
        admin().get("/api/stock/pizzerias/" + pizzeria).body().get("ingredients")) {
      if (line.get("ingredientId").asLong() == ingredient) {
        return line.get("quantity").decimalValue();
      }
    }
    throw new IllegalArgumentException("No stock line for ingredient " + ingredient);
  }

  /** How many of the product at the size the pizzeria's menu says it can make. */
  public long canMake(long pizzeria, long product, String size) {
    for (JsonNode item :
        anonymous().get("/api/pizzerias/" + pizzeria + "/menu").body().get("products")) {
      if (item.get("productId").asLong() == product) {
        for (JsonNode offer : item.get("sizes")) {
          if (offer.get("size").asString().equals(size)) {
            return offer.get("canMake").asLong();
          }
        }
      }
    }
    throw new IllegalArgumentException("Product " + product + " not on the menu at " + size);
  }

  // ------------------------------------------------------------------------------- reservations

  public static Map<String, Object> line(long product, String size, int count) {
    Map<String, Object> line = new HashMap<>();
    line.put("productId", product);
    line.put("size", size);
    line.put("count", count);
    return line;
  }

  public Reply reserve(String orderId, long pizzeria, List<Map<String, Object>> lines) {
    Map<String, Object> body = new HashMap<>();
    body.put("pizzeriaId", pizzeria);
    body.put("lines", lines);
    return service().put("/internal/reservations/" + orderId, body);
  }

  public Reply release(String orderId) {
    return service().delete("/internal/reservations/" + orderId);
  }

  // ------------------------------------------------------------------------------------ callers

  public Caller admin() {
    return as(TestTokens.admin());
  }

  public Caller manager(long pizzeria) {
    return as(TestTokens.staff(pizzeria, "MANAGER"));
  }

  public Caller pizzaiolo(long pizzeria) {
    return as(TestTokens.staff(pizzeria, "PIZZAIOLO"));
  }

  public Caller service() {
    return as(TestTokens.service("order"));
  }

  public Caller anonymous() {
    return as(null);
  }

  public Caller as(String token) {
    return new Caller(token);
  }

  /** Calls the service with one token (or none). */
  public final class Caller {

    private final String token;

    private Caller(String token) {
      this.token = token;
    }

    public Reply get(String path) {
      return call(HttpMethod.GET, path, null);
    }

    /** A GET that also answers the entity tag, for conditional requests. */
    public Tagged getTagged(String path, String ifNoneMatch) {
      RestClient.RequestHeadersSpec<?> request = http.get().uri(path);
      if (ifNoneMatch != null) {
        request.header("If-None-Match", ifNoneMatch);
      }
      return request.exchange(
          (req, res) -> new Tagged(res.getStatusCode().value(), res.getHeaders().getETag()));
    }

    public Reply post(String path, Object body) {
      return call(HttpMethod.POST, path, body);
    }

    public Reply put(String path, Object body) {
      return call(HttpMethod.PUT, path, body);
    }

    public Reply delete(String path) {
      return call(HttpMethod.DELETE, path, null);
    }

    public Reply call(HttpMethod method, String path, Object body) {
      RestClient.RequestBodySpec request = http.method(method).uri(path);
      if (token != null) {
        request.header("Authorization", TestTokens.bearer(token));
      }
      if (body instanceof String raw) {
        request.contentType(MediaType.APPLICATION_JSON).body(raw);
      } else if (body != null) {
        request.contentType(MediaType.APPLICATION_JSON).body(body);
      }
      return request.exchange(
          (req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Reply(
                res.getStatusCode().value(), bytes.length == 0 ? null : JSON.readTree(bytes));
          });
    }
  }
}
