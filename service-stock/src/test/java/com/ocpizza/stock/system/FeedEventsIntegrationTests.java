package com.ocpizza.stock.system;

import static com.ocpizza.stock.StockWorld.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What the stock service tells others on its feed, read as a consuming service would. */
@StockIntegrationTest
class FeedEventsIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StockWorld world;
  long after;

  @BeforeEach
  void fromNow() {
    world = new StockWorld(port);
    after = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM event_outbox").query(Long.class).single();
  }

  @Test
  void everyStockMovementIsPublishedWithItsUnitCostReasonOrderAndActor() {
    long cheese = world.ingredient("Cheese", "GRAM", "0.0110");
    long pizza = world.pizza("Cheese pizza", Map.of(cheese, "100"));
    long pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(cheese, "1000"));
    String order = UUID.randomUUID().toString();

    world.reserve(order, pizzeria, List.of(line(pizza, "LARGE", 2)));

    JsonNode moved = last(events("StockMoved"));
    JsonNode payload = moved.get("payload");
    assertThat(moved.get("aggregateId").asString()).isEqualTo(String.valueOf(pizzeria));
    assertThat(payload.get("movementId").asLong()).isPositive();
    assertThat(payload.get("pizzeriaId").asLong()).isEqualTo(pizzeria);
    assertThat(payload.get("ingredientId").asLong()).isEqualTo(cheese);
    assertThat(payload.get("ingredientName").asString()).isEqualTo(world.named("Cheese"));
    assertThat(payload.get("unit").asString()).isEqualTo("GRAM");
    assertThat(payload.get("quantity").decimalValue()).isEqualByComparingTo("-280");
    assertThat(payload.get("unitCost").decimalValue()).isEqualByComparingTo("0.011");
    assertThat(payload.get("reason").asString()).isEqualTo("ORDER_RESERVED");
    assertThat(payload.get("orderId").asString()).isEqualTo(order);
    assertThat(payload.get("actor").asString()).isEqualTo("order");
    assertThat(payload.get("occurredAt").asString()).endsWith("Z");
  }

  @Test
  void aMovementTakingStockBelowItsThresholdRaisesLowStockOnce() {
    long cheese = world.ingredient("Cheese", "GRAM", "0.0110");
    long pizza = world.pizza("Cheese pizza", Map.of(cheese, "100"));
    long pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(cheese, "1000"));
    world
        .manager(pizzeria)
        .put(
            "/api/stock/pizzerias/" + pizzeria + "/thresholds",
            Map.of("lines", List.of(Map.of("ingredientId", cheese, "threshold", 700))));

    world.reserve(UUID.randomUUID().toString(), pizzeria, List.of(line(pizza, "MEDIUM", 3)));
    world.reserve(UUID.randomUUID().toString(), pizzeria, List.of(line(pizza, "MEDIUM", 1)));
    world.reserve(UUID.randomUUID().toString(), pizzeria, List.of(line(pizza, "MEDIUM", 1)));

    List<JsonNode> low = events("LowStock");
    assertThat(low).hasSize(1);
    JsonNode payload = low.get(0).get("payload");
    assertThat(payload.get("pizzeriaId").asLong()).isEqualTo(pizzeria);
    assertThat(payload.get("ingredientId").asLong()).isEqualTo(cheese);
    assertThat(payload.get("ingredientName").asString()).isEqualTo(world.named("Cheese"));
    assertThat(payload.get("quantity").decimalValue()).isEqualByComparingTo("600");
    assertThat(payload.get("threshold").decimalValue()).isEqualByComparingTo("700");
  }

  @Test
  void catalogueChangesArePublished() {
    long cheese = world.ingredient("Cheese", "GRAM", "0.0110");
    long pizza = world.pizza("Cheese pizza", Map.of(cheese, "100"));
    world
        .admin()
        .put(
            "/api/catalogue/products/" + pizza + "/prices",
            Map.of("sizes", List.of(Map.of("size", "MEDIUM", "priceExclVat", 11))));
    world.admin().post("/api/catalogue/products/" + pizza + "/deactivate", null);

    List<JsonNode> changes = events("CatalogueChanged");

    assertThat(changes)
        .extracting(e -> e.get("payload").get("change").asString())
        .containsExactly("CREATED", "REPRICED", "DEACTIVATED");
    assertThat(changes)
        .allSatisfy(
            e -> {
              assertThat(e.get("payload").get("productId").asLong()).isEqualTo(pizza);
              assertThat(e.get("payload").get("name").asString())
                  .isEqualTo(world.named("Cheese pizza"));
            });
  }

  private List<JsonNode> events(String type) {
    JsonNode feed = world.service().get("/internal/events?after=" + after + "&limit=1000").body();
    List<JsonNode> found = new ArrayList<>();
    feed.forEach(
        event -> {
          if (event.get("type").asString().equals(type)) {
            found.add(event);
          }
        });
    return found;
  }

  private static JsonNode last(List<JsonNode> events) {
    assertThat(events).isNotEmpty();
    return events.get(events.size() - 1);
  }
}
