package com.ocpizza.stock.inventory;

import static com.ocpizza.stock.StockWorld.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import com.ocpizza.testsupport.TestTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@StockIntegrationTest
class InventoryIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StockWorld world;
  long pizzeria;
  long mushrooms;
  long eggs;
  String stock;

  @BeforeEach
  void aPizzeriaWithMushroomsAndEggs() {
    world = new StockWorld(port);
    mushrooms = world.ingredient("Mushrooms", "GRAM", "0.006");
    eggs = world.ingredient("Eggs", "PIECE", "0.25");
    pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(mushrooms, "2000", eggs, "12"));
    stock = "/api/stock/pizzerias/" + pizzeria;
  }

  @Test
  void showsEachIngredientsStockAndFlagsWhatIsBelowItsThreshold() {
    world
        .manager(pizzeria)
        .put(
            stock + "/thresholds",
            Map.of(
                "lines",
                List.of(
                    Map.of("ingredientId", mushrooms, "threshold", 2500),
                    Map.of("ingredientId", eggs, "threshold", 4))));

    Reply reply = world.pizzaiolo(pizzeria).get(stock);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode mushroomLine = stockLine(reply.body(), mushrooms);
    assertThat(mushroomLine.get("quantity").decimalValue()).isEqualByComparingTo("2000");
    assertThat(mushroomLine.get("threshold").decimalValue()).isEqualByComparingTo("2500");
    assertThat(mushroomLine.get("low").asBoolean()).isTrue();
    assertThat(mushroomLine.get("unit").asString()).isEqualTo("GRAM");
    assertThat(stockLine(reply.body(), eggs).get("low").asBoolean()).isFalse();
    assertThat(reply.body().get("lowCount").asInt()).isOne();
  }

  @Test
  void wasteTakesStockOutAtTheUnitCostOfTheMomentWithItsNote() {
    String pizzaiolo = TestTokens.staff(pizzeria, "PIZZAIOLO");

    Reply reply =
        world
            .as(pizzaiolo)
            .post(
                stock + "/waste",
                Map.of(
                    "lines",
                    List.of(
                        Map.of("ingredientId", mushrooms, "quantity", 300, "note", "mouldy"),
                        Map.of("ingredientId", eggs, "quantity", 2, "unit", "PIECE"))));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(world.stockOf(pizzeria, mushrooms)).isEqualByComparingTo("1700");
    assertThat(world.stockOf(pizzeria, eggs)).isEqualByComparingTo("10");
    JsonNode movements =
        world.manager(pizzeria).get(stock + "/movements?reason=WASTE").body().get("items");
    assertThat(movements).hasSize(2);
    JsonNode mouldy =
        movements.findParents("note").stream()
            .filter(m -> "mouldy".equals(m.get("note").asString()))
            .findFirst()
            .orElseThrow();
    assertThat(mouldy.get("quantity").decimalValue()).isEqualByComparingTo("-300");
    assertThat(mouldy.get("unitCost").decimalValue()).isEqualByComparingTo("0.006");
    assertThat(mouldy.get("actor").asString()).startsWith("staff-");
  }

  @Test
  void refusesToThrowAwayMoreThanThereIsAndTakesNothing() {
    Reply reply =
        world
            .manager(pizzeria)
            .post(
                stock + "/waste",
                Map.of(
                    "lines",
                    List.of(
                        Map.of("ingredientId", mushrooms, "quantity", 100),
                        Map.of("ingredientId", eggs, "quantity", 13))));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("type")).isEqualTo("urn:ocpizza:problem:insufficient-stock");
    assertThat(reply.body().get("missingIngredients").findValuesAsString("name"))
        .containsExactly(world.named("Eggs"));
    assertThat(world.stockOf(pizzeria, mushrooms)).isEqualByComparingTo("2000");
  }

  @Test
  void anInventorySetsTheCountedQuantityAndRecordsTheDifference() {
    Reply reply =
        world
            .manager(pizzeria)
            .post(
                stock + "/inventory",
                Map.of(
                    "lines",
                    List.of(
                        Map.of("ingredientId", mushrooms, "countedQuantity", 1850.5),
                        Map.of("ingredientId", eggs, "countedQuantity", 12))));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode mushroomLine = reply.body().get("lines").get(0);
    assertThat(mushroomLine.get("before").decimalValue()).isEqualByComparingTo("2000");
    assertThat(mushroomLine.get("difference").decimalValue()).isEqualByComparingTo("-149.5");
    assertThat(world.stockOf(pizzeria, mushrooms)).isEqualByComparingTo("1850.5");
    JsonNode corrections =
        world
            .manager(pizzeria)
            .get(stock + "/movements?reason=INVENTORY_CORRECTION&ingredientId=" + mushrooms)
            .body();
    // The first count from zero, then this one; an unchanged count records nothing.
    assertThat(corrections.get("totalItems").asLong()).isEqualTo(2);
    assertThat(corrections.get("items").get(0).get("quantity").decimalValue())
        .isEqualByComparingTo("-149.5");
    assertThat(ledger(mushrooms)).isEqualByComparingTo(world.stockOf(pizzeria, mushrooms));
  }

  @Test
  void movementHistoryFiltersByIngredientReasonAndTimeAndPages() {
    String movements = stock + "/movements";
    Instant counted =
        Instant.parse(
            world
                .manager(pizzeria)
                .get(movements)
                .body()
                .get("items")
                .get(0)
                .get("occurredAt")
                .asString());
    Instant afterCount = counted.plusNanos(1000);
    for (int i = 0; i < 5; i++) {
      world.reserve(UUID.randomUUID().toString(), pizzeria, List.of(line(omelette(), "SINGLE", 1)));
    }

    JsonNode firstPage =
        world
            .manager(pizzeria)
            .get(movements + "?ingredientId=" + eggs + "&reason=ORDER_RESERVED&size=2")
            .body();
    JsonNode lastPage =
        world
            .manager(pizzeria)
            .get(movements + "?ingredientId=" + eggs + "&reason=ORDER_RESERVED&size=2&page=2")
            .body();
    JsonNode since = world.manager(pizzeria).get(movements + "?from=" + afterCount).body();
    JsonNode until = world.manager(pizzeria).get(movements + "?to=" + afterCount).body();

    assertThat(firstPage.get("totalItems").asLong()).isEqualTo(5);
    assertThat(firstPage.get("items")).hasSize(2);
    assertThat(lastPage.get("items")).hasSize(1);
    assertThat(Instant.parse(firstPage.get("items").get(0).get("occurredAt").asString()))
        .isAfterOrEqualTo(
            Instant.parse(firstPage.get("items").get(1).get("occurredAt").asString()));
    assertThat(since.get("totalItems").asLong()).isEqualTo(5);
    assertThat(until.get("totalItems").asLong()).isEqualTo(2);
  }

  @Test
  void refusesLinesInTheWrongUnit() {
    assertRefused(
        Map.of("ingredientId", mushrooms, "quantity", 1, "unit", "MILLILITRE"), "lines[0].unit");
    assertRefused(Map.of("ingredientId", mushrooms, "quantity", 1, "unit", "kg"), "lines[0].unit");
    assertRefused(Map.of("ingredientId", eggs, "quantity", 0.5), "lines[0].quantity");
  }

  @Test
  void refusesUnknownRepeatedOrAbsurdLines() {
    assertRefused(Map.of("ingredientId", 999_999_999L, "quantity", 1), "lines[0].ingredientId");
    assertRefused(Map.of("ingredientId", mushrooms, "quantity", -5), "lines[0].quantity");
    assertRefused(Map.of("ingredientId", mushrooms, "quantity", 0), "lines[0].quantity");
    assertRefused(Map.of("ingredientId", mushrooms, "quantity", 1e12), "lines[0].quantity");
    Reply twice =
        world
            .manager(pizzeria)
            .post(
                stock + "/waste",
                Map.of(
                    "lines",
                    List.of(
                        Map.of("ingredientId", mushrooms, "quantity", 1),
                        Map.of("ingredientId", mushrooms, "quantity", 2))));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.fields()).containsExactly("lines[1].ingredientId");
    Reply empty = world.manager(pizzeria).post(stock + "/inventory", Map.of("lines", List.of()));
    assertThat(empty.fields()).containsExactly("lines");
    assertThat(world.stockOf(pizzeria, mushrooms)).isEqualByComparingTo("2000");
  }

  @Test
  void theStockOfAnUnknownPizzeriaIsNotFound() {
    assertThat(world.admin().get("/api/stock/pizzerias/999999999").status()).isEqualTo(404);
  }

  private void assertRefused(Map<String, Object> wasteLine, String field) {
    Reply reply =
        world.manager(pizzeria).post(stock + "/waste", Map.of("lines", List.of(wasteLine)));

    assertThat(reply.status()).as(wasteLine.toString()).isEqualTo(400);
    assertThat(reply.fields()).containsOnly(field);
    assertThat(world.stockOf(pizzeria, mushrooms)).isEqualByComparingTo("2000");
    assertThat(world.stockOf(pizzeria, eggs)).isEqualByComparingTo("12");
  }

  private long omelette;

  private long omelette() {
    if (omelette == 0) {
      omelette =
          world.product("Omelette", "DESSERT", "10", Map.of("SINGLE", "5"), Map.of(eggs, "2"));
    }
    return omelette;
  }

  private BigDecimal ledger(long ingredient) {
    return jdbc.sql(
            "SELECT SUM(quantity) FROM stock_movement WHERE pizzeria_id = ? AND ingredient_id = ?")
        .params(pizzeria, ingredient)
        .query(BigDecimal.class)
        .single();
  }

  private static JsonNode stockLine(JsonNode stock, long ingredient) {
    Map<Long, JsonNode> lines = new HashMap<>();
    stock.get("ingredients").forEach(line -> lines.put(line.get("ingredientId").asLong(), line));
    return lines.get(ingredient);
  }
}
