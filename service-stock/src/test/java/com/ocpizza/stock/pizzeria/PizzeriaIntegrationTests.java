package com.ocpizza.stock.pizzeria;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
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
class PizzeriaIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StockWorld world;

  @BeforeEach
  void world() {
    world = new StockWorld(port);
  }

  @Test
  void anyoneSeesTheDemoPizzeriasWithTheirFixedIds() {
    Reply reply = world.anonymous().get("/api/pizzerias");

    assertThat(reply.status()).isEqualTo(200);
    Map<Long, JsonNode> byId = new HashMap<>();
    reply.body().forEach(pizzeria -> byId.put(pizzeria.get("id").asLong(), pizzeria));
    assertThat(byId.get(1L).get("name").asString()).contains("Oberkampf");
    assertThat(byId.get(2L).get("name").asString()).contains("Convention");
    assertThat(byId.get(3L).get("name").asString()).contains("Boulogne-Billancourt");
    assertThat(byId.get(4L).get("name").asString()).contains("Vincennes");
    assertThat(byId.get(5L).get("name").asString()).contains("Saint-Denis");
    for (long open = 1; open <= 5; open++) {
      assertThat(byId.get(open).get("status").asString()).isEqualTo("OPEN");
    }
    for (long soon = 6; soon <= 8; soon++) {
      assertThat(byId.get(soon).get("status").asString()).isEqualTo("OPENING_SOON");
      assertThat(byId.get(soon).get("openNow").asBoolean()).isFalse();
    }
    assertThat(byId.get(8L).get("name").asString()).contains("Versailles");
  }

  @Test
  void aPizzeriaShowsItsHoursDeliveryAreaAndSiret() {
    JsonNode oberkampf = world.anonymous().get("/api/pizzerias/1").body();

    assertThat(oberkampf.get("openingHours")).hasSize(12);
    assertThat(oberkampf.get("openingHours").get(0).get("day").asString()).isEqualTo("MONDAY");
    assertThat(oberkampf.get("openingHours").get(1).get("opens").asString()).startsWith("18:00");
    assertThat(oberkampf.get("deliveryArea").get("postcodes").valueStream().map(JsonNode::asString))
        .containsExactly("75003", "75010", "75011", "75020");
    assertThat(oberkampf.get("deliveryArea").get("fee").decimalValue())
        .isEqualByComparingTo("2.50");
    assertThat(oberkampf.get("siret").asString()).hasSize(14).startsWith("812345676");
    assertThat(oberkampf.get("address").get("postcode").asString()).isEqualTo("75011");
  }

  @Test
  void theHeadOfficeRegistersAPizzeriaThatOpensLater() {
    String name = "OC Pizza " + UUID.randomUUID();
    Reply registered = world.admin().post("/api/pizzerias", StockWorld.pizzeriaBody(name));

    assertThat(registered.status()).isEqualTo(201);
    long id = registered.body().get("id").asLong();
    assertThat(registered.text("status")).isEqualTo("OPENING_SOON");
    long ingredients = jdbc.sql("SELECT COUNT(*) FROM ingredient").query(Long.class).single();
    assertThat(world.admin().get("/api/stock/pizzerias/" + id).body().get("ingredients"))
        .hasSize((int) ingredients);

    Reply opened = world.admin().post("/api/pizzerias/" + id + "/open", null);
    Reply again = world.admin().post("/api/pizzerias/" + id + "/open", null);

    assertThat(opened.text("status")).isEqualTo("OPEN");
    assertThat(again.status()).isEqualTo(409);
    assertThat(world.admin().post("/api/pizzerias/" + id + "/close", null).text("status"))
        .isEqualTo("CLOSED");
  }

  @Test
  void theHeadOfficeChangesAPizzeriasHoursAndDeliveryArea() {
    long id = world.openPizzeria();
    Map<String, Object> body = StockWorld.pizzeriaBody("Renamed " + UUID.randomUUID());
    body.put("openingHours", List.of(Map.of("day", "SUNDAY", "opens", "18:00", "closes", "23:00")));
    body.put("deliveryArea", Map.of("postcodes", List.of("93100"), "fee", 0));

    Reply changed = world.admin().put("/api/pizzerias/" + id, body);

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("openingHours")).hasSize(1);
    assertThat(changed.body().get("deliveryArea").get("postcodes").get(0).asString())
        .isEqualTo("93100");
  }

  @Test
  void refusesABadSiretOverlappingHoursOrAForeignPostcode() {
    Map<String, Object> badSiret = StockWorld.pizzeriaBody("Bad " + UUID.randomUUID());
    badSiret.put("siret", "12345678901234");
    Map<String, Object> overlapping = StockWorld.pizzeriaBody("Overlap " + UUID.randomUUID());
    overlapping.put(
        "openingHours",
        List.of(
            Map.of("day", "MONDAY", "opens", "11:00", "closes", "15:00"),
            Map.of("day", "MONDAY", "opens", "14:00", "closes", "22:00")));
    Map<String, Object> foreign = StockWorld.pizzeriaBody("Foreign " + UUID.randomUUID());
    foreign.put("deliveryArea", Map.of("postcodes", List.of("SW1A 1AA"), "fee", 2));

    assertThat(world.admin().post("/api/pizzerias", badSiret).fields()).containsExactly("siret");
    assertThat(world.admin().post("/api/pizzerias", overlapping).fields())
        .containsExactly("openingHours");
    assertThat(world.admin().post("/api/pizzerias", foreign).fields())
        .singleElement()
        .asString()
        .startsWith("deliveryArea.postcodes");
  }

  @Test
  void anUnknownPizzeriaIsNotFound() {
    assertThat(world.anonymous().get("/api/pizzerias/999999999").status()).isEqualTo(404);
    assertThat(world.anonymous().get("/api/pizzerias/abc").status()).isEqualTo(400);
  }
}
