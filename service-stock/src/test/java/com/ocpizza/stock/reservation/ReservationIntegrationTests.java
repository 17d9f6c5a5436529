package com.ocpizza.stock.reservation;

import static com.ocpizza.stock.StockWorld.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import io.micrometer.core.instrument.MeterRegistry;
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
class ReservationIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry registry;

  StockWorld world;
  long pizzeria;
  long dough;
  long sauce;
  long mozzarella;
  long ham;
  long margherita;
  long reine;

  @BeforeEach
  void aPizzeriaWithAnEveningsStock() {
    world = new StockWorld(port);
    dough = world.ingredient("Dough", "PIECE", "0.35");
    sauce = world.ingredient("Sauce", "GRAM", "0.004");
    mozzarella = world.ingredient("Mozzarella", "GRAM", "0.011");
    ham = world.ingredient("Ham", "GRAM", "0.014");
    margherita = world.pizza("Margherita", Map.of(dough, "1", sauce, "80", mozzarella, "100"));
    reine = world.pizza("Reine", Map.of(dough, "1", sauce, "80", mozzarella, "100", ham, "60"));
    pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(dough, "20", sauce, "2000", mozzarella, "1000", ham, "600"));
  }

  @Test
  void reservesEveryIngredientAndAnswersPricesVatAndCostOfGoods() {
    Reply reply =
        world.reserve(
            order(), pizzeria, List.of(line(margherita, "MEDIUM", 2), line(reine, "LARGE", 1)));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode first = reply.body().get("lines").get(0);
    assertThat(first.get("name").asString()).isEqualTo(world.named("Margherita"));
    assertThat(first.get("size").asString()).isEqualTo("MEDIUM");
    assertThat(first.get("unitPriceExclVat").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(first.get("vatRate").decimalValue()).isEqualByComparingTo("10");
    // 2 × (1 × 0.35 + 80 × 0.004 + 100 × 0.011)
    assertThat(first.get("costOfGoods").decimalValue()).isEqualByComparingTo("3.54");
    JsonNode second = reply.body().get("lines").get(1);
    assertThat(second.get("unitPriceExclVat").decimalValue()).isEqualByComparingTo("13.00");
    // 1.4 × (0.35 + 0.32 + 1.10 + 60 × 0.014)
    assertThat(second.get("costOfGoods").decimalValue()).isEqualByComparingTo("3.65");
    assertThat(reply.body().get("costOfGoods").decimalValue()).isEqualByComparingTo("7.19");
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("660"); // 1000 − 200 − 140
    assertThat(world.stockOf(pizzeria, dough)).isEqualByComparingTo("16.6");
    assertThat(world.stockOf(pizzeria, ham)).isEqualByComparingTo("516");
  }

  @Test
  void replayingTheSameOrderChangesNothingAndAnswersTheSame() {
    String order = order();
    Reply first = world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 2)));
    Reply replay =
        world.reserve(
            order, pizzeria, List.of(line(margherita, "MEDIUM", 1), line(margherita, "MEDIUM", 1)));

    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("800");
    assertThat(movementsOf(order)).hasSize(3);
  }

  @Test
  void replayAnswersTheReservedPricesEvenAfterARepricing() {
    String order = order();
    Reply first = world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 1)));
    world
        .admin()
        .put(
            "/api/catalogue/products/" + margherita + "/prices",
            Map.of("sizes", List.of(Map.of("size", "MEDIUM", "priceExclVat", 11))));

    Reply replay = world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 1)));

    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.body().get("lines").get(0).get("unitPriceExclVat").decimalValue())
        .isEqualByComparingTo("10.00");
  }

  @Test
  void changingTheLinesMovesOnlyTheDifference() {
    String order = order();
    world.reserve(order, pizzeria, List.of(line(reine, "MEDIUM", 2)));

    Reply changed = world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 3)));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("700");
    assertThat(world.stockOf(pizzeria, ham)).isEqualByComparingTo("600");
    assertThat(world.stockOf(pizzeria, dough)).isEqualByComparingTo("17");
    // 3 first movements, then: one more dough, sauce and mozzarella each, ham given back.
    assertThat(movementsOf(order)).hasSize(8);
    assertThat(ledgerOf(order, ham)).isEqualByComparingTo("0");
    assertThat(ledgerOf(order, mozzarella)).isEqualByComparingTo("-300");
  }

  @Test
  void rejectsReservationWhenMozzarellaRunsOutAndTakesNothing() {
    String order = order();
    Reply reply =
        world.reserve(
            order, pizzeria, List.of(line(margherita, "MEDIUM", 6), line(reine, "MEDIUM", 5)));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("type")).isEqualTo("urn:ocpizza:problem:insufficient-stock");
    assertThat(reply.body().get("products").findValuesAsString("name"))
        .containsExactly(world.named("Margherita"), world.named("Reine"));
    assertThat(reply.body().get("missingIngredients").findValuesAsString("name"))
        .containsExactly(world.named("Mozzarella"));
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("1000");
    assertThat(world.stockOf(pizzeria, dough)).isEqualByComparingTo("20");
    assertThat(movementsOf(order)).isEmpty();
    assertThat(world.service().get("/internal/reservations/" + order).status()).isEqualTo(404);
  }

  @Test
  void countsReservationsByOutcomeForOperations() {
    double before = refusals();
    world.reserve(order(), pizzeria, List.of(line(margherita, "MEDIUM", 11)));

    assertThat(refusals()).isEqualTo(before + 1);
  }

  @Test
  void countsShortagesPerIngredientAndPizzeria() {
    double before = shortagesOf("Mozzarella");
    world.reserve(order(), pizzeria, List.of(line(margherita, "MEDIUM", 11)));

    assertThat(shortagesOf("Mozzarella")).isEqualTo(before + 1);
  }

  private double shortagesOf(String ingredient) {
    return registry
        .find("stock.reservation.shortages")
        .tag("pizzeria", Long.toString(pizzeria))
        .tag("ingredient", world.named(ingredient))
        .counters()
        .stream()
        .mapToDouble(counter -> counter.count())
        .sum();
  }

  private double refusals() {
    return registry.get("stock.reservations").tag("outcome", "refused").counter().count();
  }

  @Test
  void aReplacementThatCannotBeMadeKeepsTheFormerReservation() {
    String order = order();
    world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 2)));

    Reply bigger = world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 11)));

    assertThat(bigger.status()).isEqualTo(409);
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("800");
    Reply kept = world.service().get("/internal/reservations/" + order);
    assertThat(kept.body().get("lines").get(0).get("count").asInt()).isEqualTo(2);
  }

  @Test
  void releaseGivesBackExactlyWhatWasReservedOnce() {
    String order = order();
    world.reserve(order, pizzeria, List.of(line(reine, "SMALL", 3)));
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("790");

    assertThat(world.release(order).status()).isEqualTo(204);
    assertThat(world.release(order).status()).isEqualTo(204);

    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("1000");
    assertThat(world.stockOf(pizzeria, dough)).isEqualByComparingTo("20");
    assertThat(world.stockOf(pizzeria, ham)).isEqualByComparingTo("600");
    assertThat(ledgerOf(order, mozzarella)).isEqualByComparingTo("0");
    assertThat(movementsOf(order)).hasSize(8);
  }

  @Test
  void aReleasedOrderCanNeverTakeStockAgain() {
    String order = order();
    world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 1)));
    world.release(order);

    Reply late = world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 1)));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("type")).isEqualTo("urn:ocpizza:problem:reservation-released");
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("1000");
  }

  @Test
  void aReleaseArrivingBeforeItsReservationStopsTheLateReservation() {
    String order = order();

    assertThat(world.release(order).status()).isEqualTo(204);
    Reply late = world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 1)));

    assertThat(late.status()).isEqualTo(409);
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("1000");
  }

  @Test
  void anOrderKeepsItsPizzeria() {
    String order = order();
    world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 1)));
    long other = world.openPizzeria();

    Reply elsewhere = world.reserve(order, other, List.of(line(margherita, "MEDIUM", 1)));

    assertThat(elsewhere.status()).isEqualTo(409);
  }

  @Test
  void everyMovementIsInTheLedgerWithItsUnitCostActorAndOrder() {
    String order = order();
    world.reserve(order, pizzeria, List.of(line(margherita, "MEDIUM", 1)));

    var rows =
        jdbc.sql(
                "SELECT reason, quantity, unit_cost, actor FROM stock_movement"
                    + " WHERE order_id = ? AND ingredient_id = ?")
            .params(order, mozzarella)
            .query()
            .listOfRows();

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("reason")).isEqualTo("ORDER_RESERVED");
    assertThat((BigDecimal) rows.get(0).get("quantity")).isEqualByComparingTo("-100");
    assertThat((BigDecimal) rows.get(0).get("unit_cost")).isEqualByComparingTo("0.011");
    assertThat(rows.get(0).get("actor")).isEqualTo("order");
  }

  private List<Map<String, Object>> movementsOf(String order) {
    return jdbc.sql("SELECT id FROM stock_movement WHERE order_id = ?")
        .param(order)
        .query()
        .listOfRows();
  }

  private BigDecimal ledgerOf(String order, long ingredient) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM stock_movement"
                + " WHERE order_id = ? AND ingredient_id = ?")
        .params(order, ingredient)
        .query(BigDecimal.class)
        .single();
  }

  private static String order() {
    return UUID.randomUUID().toString();
  }
}
