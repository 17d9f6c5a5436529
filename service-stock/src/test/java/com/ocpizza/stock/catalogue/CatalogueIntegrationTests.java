package com.ocpizza.stock.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@StockIntegrationTest
class CatalogueIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StockWorld world;
  long dough;
  long mozzarella;

  @BeforeEach
  void ingredients() {
    world = new StockWorld(port);
    dough = world.ingredient("Dough", "PIECE", "0.35");
    mozzarella = world.ingredient("Mozzarella", "GRAM", "0.011");
  }

  @Test
  void theHeadOfficeAddsAPizzaInThreeSizesWithItsRecipe() {
    Reply created =
        world
            .admin()
            .post(
                "/api/catalogue/products",
                world.productBody(
                    "Margherita",
                    "PIZZA",
                    "10",
                    Map.of("SMALL", "6.36", "MEDIUM", "8.18", "LARGE", "10.91"),
                    Map.of(dough, "1", mozzarella, "100")));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("active").asBoolean()).isTrue();
    assertThat(created.body().get("sizes").findValuesAsString("size"))
        .containsExactly("SMALL", "MEDIUM", "LARGE");
    assertThat(created.body().get("sizes").get(1).get("priceInclVat").decimalValue())
        .isEqualByComparingTo("9.00");
  }

  @Test
  void pizzaiolosReadTheRecipeWithQuantitiesForEverySizeAndTheMemoryAid() {
    long pizza = world.pizza("Margherita", Map.of(dough, "1", mozzarella, "100"));
    long pizzeria = world.openPizzeria();

    Reply recipe = world.pizzaiolo(pizzeria).get("/api/catalogue/products/" + pizza + "/recipe");

    assertThat(recipe.status()).isEqualTo(200);
    assertThat(recipe.text("memoryAid")).isEqualTo("As the test says.");
    JsonNode cheese =
        recipe.body().get("lines").findParents("ingredientId").stream()
            .filter(line -> line.get("ingredientId").asLong() == mozzarella)
            .findFirst()
            .orElseThrow();
    assertThat(cheese.get("unit").asString()).isEqualTo("GRAM");
    assertThat(cheese.get("quantities").get("SMALL").decimalValue()).isEqualByComparingTo("70");
    assertThat(cheese.get("quantities").get("MEDIUM").decimalValue()).isEqualByComparingTo("100");
    assertThat(cheese.get("quantities").get("LARGE").decimalValue()).isEqualByComparingTo("140");
  }

  @Test
  void everyPizzeriaKeepsAnEmptyStockOfANewIngredient() {
    long basil = world.ingredient("Basil", "GRAM", "0.04");

    long pizzerias = jdbc.sql("SELECT COUNT(*) FROM pizzeria").query(Long.class).single();
    long rows =
        jdbc.sql("SELECT COUNT(*) FROM stock_level WHERE ingredient_id = ? AND quantity = 0")
            .param(basil)
            .query(Long.class)
            .single();
    assertThat(rows).isEqualTo(pizzerias);
  }

  @Test
  void refusesAVatRateFranceDoesNotHave() {
    Map<String, Object> body =
        world.productBody("Odd", "PIZZA", "7", Map.of("MEDIUM", "8"), Map.of(dough, "1"));

    Reply reply = world.admin().post("/api/catalogue/products", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields()).containsExactly("vatRate");
  }

  @Test
  void refusesARecipeWithAnUnknownIngredient() {
    Map<String, Object> body =
        world.productBody(
            "Ghost", "PIZZA", "10", Map.of("MEDIUM", "8"), Map.of(dough, "1", 999_999_999L, "5"));

    Reply reply = world.admin().post("/api/catalogue/products", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields())
        .singleElement()
        .asString()
        .matches("recipe\\.lines\\[\\d]\\.ingredientId");
  }

  @Test
  void refusesADrinkInPizzaSizes() {
    Map<String, Object> body =
        world.productBody("Cola", "DRINK", "5.5", Map.of("LARGE", "2"), Map.of(dough, "1"));

    Reply reply = world.admin().post("/api/catalogue/products", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields()).containsExactly("sizes");
  }

  @Test
  void refusesAnIngredientInAnUnknownUnitOrASecondOneOfTheSameName() {
    Reply kilograms =
        world
            .admin()
            .post(
                "/api/catalogue/ingredients",
                Map.of("name", "Flour", "unit", "kg", "unitCost", new BigDecimal("1")));
    Reply twice =
        world
            .admin()
            .post(
                "/api/catalogue/ingredients",
                Map.of("name", world.named("Dough"), "unit", "PIECE", "unitCost", BigDecimal.ONE));

    assertThat(kilograms.status()).isEqualTo(400);
    assertThat(kilograms.fields()).containsExactly("unit");
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void anIngredientKeepsItsUnit() {
    Reply reply =
        world
            .admin()
            .put(
                "/api/catalogue/ingredients/" + mozzarella,
                Map.of(
                    "name",
                    world.named("Mozzarella"),
                    "unit",
                    "PIECE",
                    "unitCost",
                    BigDecimal.ONE));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields()).containsExactly("unit");
  }

  @Test
  void listsTheWholeCatalogueForTheHeadOffice() {
    long pizza = world.pizza("Margherita", Map.of(dough, "1"));
    world.admin().post("/api/catalogue/products/" + pizza + "/deactivate", null);

    JsonNode products = world.admin().get("/api/catalogue/products").body();
    JsonNode ingredients = world.admin().get("/api/catalogue/ingredients").body();

    JsonNode ours =
        products.findParents("id").stream()
            .filter(product -> product.get("id").asLong() == pizza)
            .findFirst()
            .orElseThrow();
    assertThat(ours.get("active").asBoolean()).isFalse();
    assertThat(ingredients.findValuesAsString("name"))
        .contains(world.named("Mozzarella"), "Champignons");
  }

  @Test
  void anUnknownProductIsNotFound() {
    assertThat(world.admin().get("/api/catalogue/products/999999999").status()).isEqualTo(404);
    assertThat(world.admin().post("/api/catalogue/products/999999999/activate", null).status())
        .isEqualTo(404);
  }
}
