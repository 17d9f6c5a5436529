package com.ocpizza.stock.system;

import static com.ocpizza.stock.StockWorld.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import com.ocpizza.testsupport.TestTokens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Every endpoint of the stock service against every kind of caller: anonymous callers get 401 where
 * the endpoint is not public, callers without the role 403, staff of another pizzeria 403 on
 * pizzeria-scoped endpoints, and the callers allowed get through.
 */
@StockIntegrationTest
class AccessMatrixIntegrationTests {

  static final String PUBLIC = "PUBLIC";

  @LocalServerPort int port;

  /** A kind of caller: its role, and whether it works at the pizzeria the endpoints are about. */
  record Who(String name, String role, boolean elsewhere, Supplier<String> token) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** An endpoint, who may call it, and whether it is about one pizzeria. */
  record Endpoint(
      HttpMethod method, String path, Supplier<Object> body, Set<String> roles, boolean scoped) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointLetsInExactlyWhoItShould() {
    StockWorld world = new StockWorld(port);
    long cheese = world.ingredient("Cheese", "GRAM", "0.011");
    long pizza = world.pizza("Cheese pizza", Map.of(cheese, "100"));
    long a = world.openPizzeria();
    long b = world.openPizzeria();
    long c =
        world
            .admin()
            .post("/api/pizzerias", StockWorld.pizzeriaBody("C " + UUID.randomUUID()))
            .body()
            .get("id")
            .asLong();
    world.count(a, Map.of(cheese, "100000"));
    long supplier = supplier(world);
    String orders = "/api/stock/pizzerias/" + a + "/supplier-orders";
    long draft =
        world.manager(a).post(orders, orderBody(supplier, cheese)).body().get("id").asLong();
    long toSend =
        world.manager(a).post(orders, orderBody(supplier, cheese)).body().get("id").asLong();
    long sent =
        world.manager(a).post(orders, orderBody(supplier, cheese)).body().get("id").asLong();
    world.manager(a).post(orders + "/" + sent + "/send", null);
    String reserved = UUID.randomUUID().toString();
    world.reserve(reserved, a, List.of(line(pizza, "MEDIUM", 1)));

    List<Who> callers =
        List.of(
            new Who("anonymous", null, false, () -> null),
            new Who("a customer", "CUSTOMER", false, () -> TestTokens.customer("c-1")),
            new Who("the counter", "COUNTER", false, () -> TestTokens.staff(a, "COUNTER")),
            new Who("a pizzaiolo", "PIZZAIOLO", false, () -> TestTokens.staff(a, "PIZZAIOLO")),
            new Who("a courier", "COURIER", false, () -> TestTokens.staff(a, "COURIER")),
            new Who("the manager", "MANAGER", false, () -> TestTokens.staff(a, "MANAGER")),
            new Who(
                "a pizzaiolo elsewhere", "PIZZAIOLO", true, () -> TestTokens.staff(b, "PIZZAIOLO")),
            new Who("a manager elsewhere", "MANAGER", true, () -> TestTokens.staff(b, "MANAGER")),
            new Who("an admin", "ADMIN", false, TestTokens::admin),
            new Who("a service", "SERVICE", false, () -> TestTokens.service("order")));

    String stock = "/api/stock/pizzerias/" + a;
    String product = "/api/catalogue/products/" + pizza;
    List<Endpoint> endpoints =
        List.of(
            open(GET, "/api/pizzerias"),
            open(GET, "/api/pizzerias/" + a),
            open(GET, "/api/pizzerias/" + a + "/menu"),
            open(GET, "/v3/api-docs"),
            of(
                POST,
                "/api/pizzerias",
                () -> StockWorld.pizzeriaBody("New " + UUID.randomUUID()),
                "ADMIN"),
            of(
                PUT,
                "/api/pizzerias/" + c,
                () -> StockWorld.pizzeriaBody("C " + UUID.randomUUID()),
                "ADMIN"),
            of(POST, "/api/pizzerias/" + c + "/open", null, "ADMIN"),
            of(POST, "/api/pizzerias/" + c + "/close", null, "ADMIN"),
            of(GET, "/api/catalogue/products", null, "ADMIN"),
            of(
                POST,
                "/api/catalogue/products",
                () ->
                    world.productBody(
                        "P " + UUID.randomUUID(),
                        "PIZZA",
                        "10",
                        Map.of("MEDIUM", "9"),
                        Map.of(cheese, "50")),
                "ADMIN"),
            of(GET, product, null, "ADMIN"),
            of(
                PUT,
                product,
                () ->
                    Map.of(
                        "name",
                        world.named("Cheese pizza"),
                        "description",
                        "Cheese.",
                        "vatRate",
                        10),
                "ADMIN"),
            of(
                PUT,
                product + "/prices",
                () -> Map.of("sizes", List.of(Map.of("size", "MEDIUM", "priceExclVat", 10))),
                "ADMIN"),
            of(
                PUT,
                product + "/recipe",
                () -> Map.of("lines", List.of(Map.of("ingredientId", cheese, "quantity", 100))),
                "ADMIN"),
            of(GET, product + "/recipe", null, "PIZZAIOLO", "MANAGER", "ADMIN"),
            of(POST, product + "/deactivate", null, "ADMIN"),
            of(POST, product + "/activate", null, "ADMIN"),
            of(GET, "/api/catalogue/ingredients", null, "MANAGER", "ADMIN"),
            of(
                POST,
                "/api/catalogue/ingredients",
                () -> Map.of("name", "I " + UUID.randomUUID(), "unit", "GRAM", "unitCost", 0.01),
                "ADMIN"),
            of(
                PUT,
                "/api/catalogue/ingredients/" + cheese,
                () -> Map.of("name", world.named("Cheese"), "unit", "GRAM", "unitCost", 0.011),
                "ADMIN"),
            scoped(GET, stock, null, "PIZZAIOLO", "MANAGER", "ADMIN"),
            scoped(
                POST,
                stock + "/waste",
                () -> Map.of("lines", List.of(Map.of("ingredientId", cheese, "quantity", 1))),
                "PIZZAIOLO",
                "MANAGER"),
            scoped(
                POST,
                stock + "/inventory",
                () ->
                    Map.of(
                        "lines", List.of(Map.of("ingredientId", cheese, "countedQuantity", 90000))),
                "MANAGER"),
            scoped(
                PUT,
                stock + "/thresholds",
                () -> Map.of("lines", List.of(Map.of("ingredientId", cheese, "threshold", 500))),
                "MANAGER",
                "ADMIN"),
            scoped(GET, stock + "/movements?reason=WASTE", null, "MANAGER", "ADMIN"),
            scoped(GET, orders, null, "MANAGER", "ADMIN"),
            scoped(POST, orders, () -> orderBody(supplier, cheese), "MANAGER", "ADMIN"),
            scoped(GET, orders + "/" + draft, null, "MANAGER", "ADMIN"),
            scoped(
                PUT, orders + "/" + draft, () -> orderBody(supplier, cheese), "MANAGER", "ADMIN"),
            scoped(POST, orders + "/" + toSend + "/send", null, "MANAGER", "ADMIN"),
            scoped(
                POST,
                orders + "/" + sent + "/receipts",
                () -> Map.of("lines", List.of(Map.of("ingredientId", cheese, "quantity", 1))),
                "MANAGER",
                "ADMIN"),
            of(GET, "/api/suppliers", null, "MANAGER", "ADMIN"),
            of(POST, "/api/suppliers", () -> supplierBody(), "ADMIN"),
            of(PUT, "/api/suppliers/" + supplier, () -> supplierBody(), "ADMIN"),
            of(
                PUT,
                "/internal/reservations/" + reserved,
                () -> Map.of("pizzeriaId", a, "lines", List.of(line(pizza, "MEDIUM", 1))),
                "SERVICE"),
            of(GET, "/internal/reservations/" + reserved, null, "SERVICE"),
            of(DELETE, "/internal/reservations/" + UUID.randomUUID(), null, "SERVICE"));

    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (Who who : callers) {
        int expected = expected(endpoint, who);
        String name = endpoint + " as " + who + " → " + (expected == 0 ? "let through" : expected);
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  Object body = endpoint.body() == null ? null : endpoint.body().get();
                  Reply reply =
                      world.as(who.token().get()).call(endpoint.method(), endpoint.path(), body);
                  if (expected == 0) {
                    assertThat(reply.status())
                        .as(reply.toString())
                        .isNotIn(401, 403)
                        .isLessThan(500);
                  } else {
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
                    assertThat(reply.text("type"))
                        .isEqualTo(
                            expected == 401
                                ? "urn:ocpizza:problem:unauthorized"
                                : "urn:ocpizza:problem:forbidden");
                  }
                }));
      }
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void staffOfAnotherPizzeriaAreRefusedBeforeTheirRequestIsEvenRead() {
    StockWorld world = new StockWorld(port);
    long a = world.openPizzeria();
    long b = world.openPizzeria();

    Reply reply =
        world.manager(b).post("/api/stock/pizzerias/" + a + "/waste", "{\"lines\": \"not a list\"");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(world.manager(b).get("/api/stock/pizzerias/999999999").status()).isEqualTo(403);
    assertThat(world.admin().get("/api/stock/pizzerias/999999999").status()).isEqualTo(404);
  }

  /** 0 when the caller gets through, else the status it must get. */
  private static int expected(Endpoint endpoint, Who who) {
    if (endpoint.roles().contains(PUBLIC)) {
      return 0;
    }
    if (who.role() == null) {
      return 401;
    }
    if (!endpoint.roles().contains(who.role())) {
      return 403;
    }
    return endpoint.scoped() && who.elsewhere() ? 403 : 0;
  }

  private static Endpoint open(HttpMethod method, String path) {
    return new Endpoint(method, path, null, Set.of(PUBLIC), false);
  }

  private static Endpoint of(
      HttpMethod method, String path, Supplier<Object> body, String... roles) {
    return new Endpoint(method, path, body, Set.of(roles), false);
  }

  private static Endpoint scoped(
      HttpMethod method, String path, Supplier<Object> body, String... roles) {
    return new Endpoint(method, path, body, Set.of(roles), true);
  }

  private static long supplier(StockWorld world) {
    return world.admin().post("/api/suppliers", supplierBody()).body().get("id").asLong();
  }

  private static Map<String, Object> supplierBody() {
    return Map.of(
        "name", "Supplier " + UUID.randomUUID(),
        "email", "orders@supplier.example",
        "phone", "01 23 45 67 89");
  }

  private static Map<String, Object> orderBody(long supplier, long ingredient) {
    return Map.of(
        "supplierId",
        supplier,
        "lines",
        List.of(
            Map.of(
                "ingredientId", ingredient,
                "quantity", new BigDecimal("1000"),
                "unitCost", new BigDecimal("0.01"))));
  }
}
