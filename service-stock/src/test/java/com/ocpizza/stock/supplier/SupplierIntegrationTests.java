package com.ocpizza.stock.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import java.math.BigDecimal;
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
class SupplierIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StockWorld world;
  long pizzeria;
  long mozzarella;
  long eggs;
  long supplier;
  String orders;

  @BeforeEach
  void aPizzeriaAndASupplier() {
    world = new StockWorld(port);
    mozzarella = world.ingredient("Mozzarella", "GRAM", "0.0100");
    eggs = world.ingredient("Eggs", "PIECE", "0.25");
    pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(mozzarella, "3000"));
    supplier =
        world
            .admin()
            .post(
                "/api/suppliers",
                Map.of(
                    "name", world.named("Crèmerie " + UUID.randomUUID()),
                    "email", "pro@cremerie.example",
                    "phone", "01 41 80 20 02"))
            .body()
            .get("id")
            .asLong();
    orders = "/api/stock/pizzerias/" + pizzeria + "/supplier-orders";
  }

  @Test
  void aSentOrderIsReceivedInPartsAtTheDeliveredCostsWhichAverageIntoTheIngredientsCost() {
    long order = draft(Map.of(mozzarella, "2000", eggs, "30"));
    assertThat(world.manager(pizzeria).post(orders + "/" + order + "/send", null).text("status"))
        .isEqualTo("SENT");

    Reply partial =
        receive(order, List.of(receipt(mozzarella, "1000", "0.0140"), receipt(eggs, "24", null)));

    assertThat(partial.status()).isEqualTo(200);
    assertThat(partial.text("status")).isEqualTo("PARTIALLY_RECEIVED");
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("4000");
    assertThat(world.stockOf(pizzeria, eggs)).isEqualByComparingTo("24");
    // (3000 × 0.0100 + 1000 × 0.0140) / 4000
    assertThat(unitCost(mozzarella)).isEqualByComparingTo("0.0110");
    assertThat(unitCost(eggs)).isEqualByComparingTo("0.30"); // the order's expected cost
    var delivery =
        jdbc.sql(
                "SELECT quantity, unit_cost, supplier_order_id FROM stock_movement"
                    + " WHERE pizzeria_id = ? AND ingredient_id = ? AND reason = 'SUPPLIER_DELIVERY'")
            .params(pizzeria, mozzarella)
            .query()
            .singleRow();
    assertThat((BigDecimal) delivery.get("unit_cost")).isEqualByComparingTo("0.0140");
    assertThat(((Number) delivery.get("supplier_order_id")).longValue()).isEqualTo(order);

    Reply rest =
        receive(order, List.of(receipt(mozzarella, "1000", "0.0110"), receipt(eggs, "6", null)));

    assertThat(rest.text("status")).isEqualTo("RECEIVED");
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("5000");
    assertThat(rest.body().get("lines").findValues("receivedQuantity"))
        .extracting(JsonNode::decimalValue)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2000"), new BigDecimal("30"));
    assertThat(receive(order, List.of(receipt(eggs, "1", null))).status()).isEqualTo(409);
  }

  @Test
  void aDraftCanBeChangedButNotReceived() {
    long order = draft(Map.of(mozzarella, "2000"));

    Reply changed =
        world
            .manager(pizzeria)
            .put(orders + "/" + order, orderBody(Map.of(mozzarella, "2500", eggs, "12")));
    Reply early = receive(order, List.of(receipt(mozzarella, "1000", null)));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("lines")).hasSize(2);
    assertThat(early.status()).isEqualTo(409);
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("3000");
  }

  @Test
  void refusesToReceiveWhatWasNotOrdered() {
    long order = draft(Map.of(mozzarella, "2000"));
    world.manager(pizzeria).post(orders + "/" + order + "/send", null);

    Reply reply =
        receive(order, List.of(receipt(mozzarella, "10", null), receipt(eggs, "6", null)));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields()).containsExactly("lines[1].ingredientId");
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("3000");
  }

  @Test
  void anotherPizzeriasOrderIsNotFoundHere() {
    long order = draft(Map.of(mozzarella, "2000"));
    long other = world.openPizzeria();

    Reply reply = world.admin().get("/api/stock/pizzerias/" + other + "/supplier-orders/" + order);

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void listsThePizzeriasOrdersNewestFirst() {
    long first = draft(Map.of(mozzarella, "1000"));
    long second = draft(Map.of(eggs, "12"));

    JsonNode list = world.manager(pizzeria).get(orders).body();

    assertThat(list.findValues("id").stream().map(JsonNode::asLong).toList())
        .containsSubsequence(second, first);
  }

  private long draft(Map<Long, String> lines) {
    Reply reply = world.manager(pizzeria).post(orders, orderBody(lines));
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.text("status")).isEqualTo("DRAFT");
    return reply.body().get("id").asLong();
  }

  private Map<String, Object> orderBody(Map<Long, String> lines) {
    return Map.of(
        "supplierId",
        supplier,
        "lines",
        lines.entrySet().stream()
            .map(
                line ->
                    Map.of(
                        "ingredientId",
                        line.getKey(),
                        "quantity",
                        new BigDecimal(line.getValue()),
                        "unitCost",
                        line.getKey() == eggs ? new BigDecimal("0.30") : new BigDecimal("0.0120")))
            .toList());
  }

  private Reply receive(long order, List<Map<String, Object>> lines) {
    return world.manager(pizzeria).post(orders + "/" + order + "/receipts", Map.of("lines", lines));
  }

  private static Map<String, Object> receipt(long ingredient, String quantity, String unitCost) {
    return unitCost == null
        ? Map.of("ingredientId", ingredient, "quantity", new BigDecimal(quantity))
        : Map.of(
            "ingredientId",
            ingredient,
            "quantity",
            new BigDecimal(quantity),
            "unitCost",
            new BigDecimal(unitCost));
  }

  private BigDecimal unitCost(long ingredient) {
    return jdbc.sql("SELECT unit_cost FROM ingredient WHERE id = ?")
        .param(ingredient)
        .query(BigDecimal.class)
        .single();
  }
}
