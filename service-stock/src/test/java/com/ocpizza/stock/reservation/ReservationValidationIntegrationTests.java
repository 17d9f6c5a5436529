package com.ocpizza.stock.reservation;

import static com.ocpizza.stock.StockWorld.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad reservations are refused with a 400 naming the field, and write nothing. */
@StockIntegrationTest
class ReservationValidationIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StockWorld world;
  long pizzeria;
  long mozzarella;
  long margherita;
  long soda;
  long movementsBefore;

  @BeforeEach
  void aPizzeriaWithStock() {
    world = new StockWorld(port);
    mozzarella = world.ingredient("Mozzarella", "GRAM", "0.011");
    long can = world.ingredient("Soda can", "PIECE", "0.45");
    margherita = world.pizza("Margherita", Map.of(mozzarella, "100"));
    soda = world.product("Soda", "DRINK", "5.5", Map.of("SINGLE", "2.37"), Map.of(can, "1"));
    pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(mozzarella, "10000", can, "24"));
    movementsBefore = movements();
  }

  @Test
  void refusesZeroOrNegativeCounts() {
    assertRefused(List.of(line(margherita, "MEDIUM", 0)), "lines[0].count");
    assertRefused(
        List.of(line(margherita, "MEDIUM", 1), line(margherita, "SMALL", -2)), "lines[1].count");
  }

  @Test
  void refusesAbsurdCounts() {
    assertRefused(List.of(line(margherita, "MEDIUM", 1_000_000)), "lines[0].count");
  }

  @Test
  void refusesNoLinesAndAThousandLines() {
    assertRefused(List.of(), "lines");
    List<Map<String, Object>> thousand = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      thousand.add(line(margherita, "MEDIUM", 1));
    }
    assertRefused(thousand, "lines");
  }

  @Test
  void refusesAnUnknownProduct() {
    assertRefused(
        List.of(line(margherita, "MEDIUM", 1), line(999_999_999L, "MEDIUM", 1)),
        "lines[1].productId");
  }

  @Test
  void refusesAnUnknownSize() {
    assertRefused(List.of(line(margherita, "XXL", 1)), "lines[0].size");
  }

  @Test
  void refusesASizeTheProductIsNotSoldIn() {
    assertRefused(List.of(line(margherita, "SINGLE", 1)), "lines[0].size");
    assertRefused(List.of(line(soda, "LARGE", 1)), "lines[0].size");
  }

  @Test
  void refusesAProductNoLongerOnSale() {
    world.admin().post("/api/catalogue/products/" + margherita + "/deactivate", null);

    assertRefused(List.of(line(margherita, "MEDIUM", 1)), "lines[0].productId");
  }

  @Test
  void refusesAnUnknownPizzeria() {
    Reply reply =
        world.reserve(
            UUID.randomUUID().toString(), 999_999_999L, List.of(line(margherita, "MEDIUM", 1)));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields()).containsExactly("pizzeriaId");
    assertNothingWritten();
  }

  @Test
  void refusesAMissingPizzeriaAndMissingFields() {
    Reply reply =
        world
            .service()
            .put(
                "/internal/reservations/" + UUID.randomUUID(),
                Map.of("lines", List.of(Map.of("productId", margherita))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields()).contains("pizzeriaId", "lines[0].size", "lines[0].count");
    assertNothingWritten();
  }

  @Test
  void refusesAnOrderIdThatIsNotOne() {
    Reply reply =
        world
            .service()
            .put(
                "/internal/reservations/" + "x".repeat(65),
                Map.of("pizzeriaId", pizzeria, "lines", List.of(line(margherita, "MEDIUM", 1))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.fields()).containsExactly("orderId");
  }

  @Test
  void refusesABodyThatIsNotJson() {
    Reply reply = world.service().put("/internal/reservations/" + UUID.randomUUID(), "{not json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("type")).isEqualTo("urn:ocpizza:problem:malformed-request");
  }

  private void assertRefused(List<Map<String, Object>> lines, String field) {
    String order = UUID.randomUUID().toString();
    Reply reply = world.reserve(order, pizzeria, lines);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("type")).isEqualTo("urn:ocpizza:problem:validation");
    assertThat(reply.fields()).containsExactly(field);
    assertThat(world.service().get("/internal/reservations/" + order).status()).isEqualTo(404);
    assertNothingWritten();
  }

  private void assertNothingWritten() {
    assertThat(movements()).isEqualTo(movementsBefore);
    assertThat(world.stockOf(pizzeria, mozzarella)).isEqualByComparingTo("10000");
  }

  private long movements() {
    return jdbc.sql("SELECT COUNT(*) FROM stock_movement WHERE pizzeria_id = ?")
        .param(pizzeria)
        .query(Long.class)
        .single();
  }
}
