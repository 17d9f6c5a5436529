package com.ocpizza.stock.menu;

import static com.ocpizza.stock.StockWorld.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import com.ocpizza.stock.StockWorld.Tagged;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@StockIntegrationTest
class MenuIntegrationTests {

  static final long VINCENNES = 4;

  @LocalServerPort int port;

  StockWorld world;

  @BeforeEach
  void world() {
    world = new StockWorld(port);
  }

  @Test
  void theDemoPizzeriaWithoutMushroomsFlagsEveryPizzaThatNeedsThem() {
    Reply menu = world.anonymous().get("/api/pizzerias/" + VINCENNES + "/menu");

    assertThat(menu.status()).isEqualTo(200);
    Map<String, JsonNode> products = byName(menu.body());
    for (String needsMushrooms : List.of("Reine", "Quatre saisons", "Végétarienne", "Calzone")) {
      JsonNode product = products.get(needsMushrooms);
      assertThat(product.get("available").asBoolean()).as(needsMushrooms).isFalse();
      for (JsonNode size : product.get("sizes")) {
        assertThat(size.get("canMake").asLong()).isZero();
        assertThat(size.get("available").asBoolean()).isFalse();
        assertThat(size.get("missingIngredients")).hasSize(1);
        assertThat(size.get("missingIngredients").get(0).asString()).isEqualTo("Champignons");
      }
    }
    for (String withoutMushrooms :
        List.of(
            "Margherita", "Quatre fromages", "Napolitaine", "Chorizo", "Saumon", "Chèvre-miel")) {
      assertThat(products.get(withoutMushrooms).get("available").asBoolean())
          .as(withoutMushrooms)
          .isTrue();
    }
    assertThat(products.get("Soda 33 cl").get("available").asBoolean()).isTrue();
    assertThat(products.get("Tiramisu").get("available").asBoolean()).isTrue();
  }

  @Test
  void showsPricesExcludingAndIncludingVatAndHowManyCanBeMade() {
    Map<String, JsonNode> products = byName(world.anonymous().get("/api/pizzerias/1/menu").body());

    assertThat(world.anonymous().get("/api/pizzerias/1/menu").body().findValuesAsString("name"))
        .containsSubsequence("Calzone", "Chèvre-miel", "Chorizo", "Margherita", "Végétarienne")
        .containsSubsequence("Végétarienne", "Bière 25 cl", "Soda 1,5 l", "Tarte aux pommes");
    JsonNode margherita = products.get("Margherita");
    assertThat(margherita.get("category").asString()).isEqualTo("PIZZA");
    assertThat(margherita.get("vatRate").decimalValue()).isEqualByComparingTo("10");
    JsonNode medium = size(margherita, "MEDIUM");
    assertThat(medium.get("priceExclVat").decimalValue()).isEqualByComparingTo("8.18");
    assertThat(medium.get("priceInclVat").decimalValue()).isEqualByComparingTo("9.00");
    // An evening's stock: 150 g of basil at 3 g a pizza is the limit.
    assertThat(medium.get("canMake").asLong()).isEqualTo(50);
    assertThat(size(margherita, "SMALL").get("canMake").asLong()).isEqualTo(71); // 150 / 2.1
    JsonNode beer = size(products.get("Bière 25 cl"), "SINGLE");
    assertThat(beer.get("priceInclVat").decimalValue()).isEqualByComparingTo("3.50");
    assertThat(products.get("Bière 25 cl").get("vatRate").decimalValue())
        .isEqualByComparingTo("20");
  }

  @Test
  void namesEachProductsIngredientsSoTheMenuCanShowThem() {
    Map<String, JsonNode> products = byName(world.anonymous().get("/api/pizzerias/1/menu").body());

    assertThat(ingredients(products.get("Reine")))
        .containsExactly(
            "Pâton", "Sauce tomate", "Mozzarella", "Huile d'olive", "Jambon", "Champignons");
    assertThat(ingredients(products.get("Saumon")))
        .contains("Crème fraîche", "Saumon fumé", "Aneth")
        .doesNotContain("Sauce tomate");
    assertThat(ingredients(products.get("Tiramisu"))).containsExactly("Tiramisu");
  }

  @Test
  void menuCountsFollowEveryKindOfStockMovement() {
    long dough = world.ingredient("Dough", "PIECE", "0.35");
    long cheese = world.ingredient("Cheese", "GRAM", "0.011");
    long pizza = world.pizza("Cheese pizza", Map.of(dough, "1", cheese, "100"));
    long pizzeria = world.openPizzeria();
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isZero();

    world.count(pizzeria, Map.of(dough, "100", cheese, "1000"));
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(10);

    String order = UUID.randomUUID().toString();
    world.reserve(order, pizzeria, List.of(line(pizza, "MEDIUM", 3)));
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(7);

    world.release(order);
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(10);

    world
        .pizzaiolo(pizzeria)
        .post(
            "/api/stock/pizzerias/" + pizzeria + "/waste",
            Map.of("lines", List.of(Map.of("ingredientId", cheese, "quantity", 250))));
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(7);

    world.count(pizzeria, Map.of(cheese, "420"));
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(4);

    receive(pizzeria, cheese, "1000");
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(14);
    assertThat(world.canMake(pizzeria, pizza, "SMALL")).isEqualTo(20); // 1420 / 70
    assertThat(world.canMake(pizzeria, pizza, "LARGE")).isEqualTo(10); // 1420 / 140
  }

  @Test
  void catalogueChangesShowOnTheMenuAtOnce() {
    long cheese = world.ingredient("Cheese", "GRAM", "0.011");
    long pizza = world.pizza("Cheese pizza", Map.of(cheese, "100"));
    long pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(cheese, "1000"));
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(10);

    world
        .admin()
        .put(
            "/api/catalogue/products/" + pizza + "/recipe",
            Map.of("lines", List.of(Map.of("ingredientId", cheese, "quantity", 200))));
    assertThat(world.canMake(pizzeria, pizza, "MEDIUM")).isEqualTo(5);

    world
        .admin()
        .put(
            "/api/catalogue/products/" + pizza + "/prices",
            Map.of("sizes", List.of(Map.of("size", "LARGE", "priceExclVat", 14))));
    JsonNode item = item(pizzeria, pizza);
    assertThat(item.get("sizes")).hasSize(1);
    assertThat(size(item, "LARGE").get("priceInclVat").decimalValue())
        .isEqualByComparingTo("15.40");

    world.admin().post("/api/catalogue/products/" + pizza + "/deactivate", null);
    assertThat(item(pizzeria, pizza)).isNull();
  }

  @Test
  void answersNotModifiedUntilTheStockOrTheCatalogueMoves() {
    long cheese = world.ingredient("Cheese", "GRAM", "0.011");
    long pizza = world.pizza("Cheese pizza", Map.of(cheese, "100"));
    long pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(cheese, "1000"));
    String menu = "/api/pizzerias/" + pizzeria + "/menu";

    Tagged first = world.anonymous().getTagged(menu, null);
    Tagged unchanged = world.anonymous().getTagged(menu, first.etag());
    world.reserve(UUID.randomUUID().toString(), pizzeria, List.of(line(pizza, "MEDIUM", 1)));
    Tagged afterStock = world.anonymous().getTagged(menu, first.etag());
    world
        .admin()
        .put(
            "/api/catalogue/products/" + pizza + "/prices",
            Map.of("sizes", List.of(Map.of("size", "MEDIUM", "priceExclVat", 12))));
    Tagged afterCatalogue = world.anonymous().getTagged(menu, afterStock.etag());

    assertThat(first.status()).isEqualTo(200);
    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(afterStock.status()).isEqualTo(200);
    assertThat(afterStock.etag()).isNotEqualTo(first.etag());
    assertThat(afterCatalogue.status()).isEqualTo(200);
    assertThat(afterCatalogue.etag()).isNotEqualTo(afterStock.etag());
  }

  @Test
  void theMenuOfAnUnknownPizzeriaIsNotFound() {
    Reply reply = world.anonymous().get("/api/pizzerias/999999999/menu");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.text("type")).isEqualTo("urn:ocpizza:problem:not-found");
  }

  private static List<String> ingredients(JsonNode product) {
    List<String> names = new ArrayList<>();
    product.get("ingredients").forEach(name -> names.add(name.asString()));
    return names;
  }

  private void receive(long pizzeria, long ingredient, String quantity) {
    long supplier =
        world
            .admin()
            .post(
                "/api/suppliers",
                Map.of(
                    "name", world.named("Supplier " + UUID.randomUUID()),
                    "email", "orders@supplier.example",
                    "phone", "01 23 45 67 89"))
            .body()
            .get("id")
            .asLong();
    String orders = "/api/stock/pizzerias/" + pizzeria + "/supplier-orders";
    long order =
        world
            .manager(pizzeria)
            .post(
                orders,
                Map.of(
                    "supplierId",
                    supplier,
                    "lines",
                    List.of(
                        Map.of(
                            "ingredientId",
                            ingredient,
                            "quantity",
                            new java.math.BigDecimal(quantity),
                            "unitCost",
                            new java.math.BigDecimal("0.01")))))
            .body()
            .get("id")
            .asLong();
    world.manager(pizzeria).post(orders + "/" + order + "/send", null);
    Reply received =
        world
            .manager(pizzeria)
            .post(
                orders + "/" + order + "/receipts",
                Map.of(
                    "lines",
                    List.of(
                        Map.of(
                            "ingredientId",
                            ingredient,
                            "quantity",
                            new java.math.BigDecimal(quantity)))));
    assertThat(received.status()).isEqualTo(200);
  }

  private JsonNode item(long pizzeria, long product) {
    for (JsonNode item :
        world.anonymous().get("/api/pizzerias/" + pizzeria + "/menu").body().get("products")) {
      if (item.get("productId").asLong() == product) {
        return item;
      }
    }
    return null;
  }

  private static Map<String, JsonNode> byName(JsonNode menu) {
    Map<String, JsonNode> products = new HashMap<>();
    menu.get("products").forEach(product -> products.put(product.get("name").asString(), product));
    return products;
  }

  private static JsonNode size(JsonNode product, String size) {
    for (JsonNode offer : product.get("sizes")) {
      if (offer.get("size").asString().equals(size)) {
        return offer;
      }
    }
    throw new AssertionError("No size " + size + " in " + product);
  }
}
