package com.ocpizza.stock.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@StockIntegrationTest
class OpenApiIntegrationTests {

  @LocalServerPort int port;

  @Test
  void documentsThePublicEndpointsForAnyone() {
    Reply docs = new StockWorld(port).anonymous().get("/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.text("info.title")).isEqualTo("OC Pizza stock service");
    assertThat(docs.body().get("paths").propertyNames())
        .contains("/api/pizzerias", "/api/pizzerias/{id}", "/api/pizzerias/{id}/menu");
    assertThat(docs.body().get("components").get("schemas").propertyNames())
        .contains("Menu", "SizeOffer", "PizzeriaView");
  }
}
