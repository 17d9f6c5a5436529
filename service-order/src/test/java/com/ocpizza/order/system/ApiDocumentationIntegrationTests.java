package com.ocpizza.order.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description the service publishes of its order API. */
class ApiDocumentationIntegrationTests extends LiveOrderService {

  @Test
  void describesPlacementTrackingAndTheQueuesWithBearerTokensAndWithoutTheCallerAsAParameter() {
    Api.Answer docs = Api.anonymous(port).get("/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    JsonNode paths = docs.json().path("paths");
    assertThat(paths.propertyNames())
        .contains(
            "/api/orders",
            "/api/orders/{id}",
            "/api/orders/{id}/cancel",
            "/api/orders/{id}/events",
            "/api/orders/{id}/payments",
            "/api/pizzerias/{pizzeriaId}/orders/kitchen",
            "/api/pizzerias/{pizzeriaId}/orders/deliveries",
            "/api/pizzerias/{pizzeriaId}/orders/events");
    JsonNode place = paths.path("/api/orders").path("post");
    assertThat(place.path("parameters").findValuesAsString("name"))
        .containsExactly("Idempotency-Key");
    assertThat(place.path("responses").path("201").toString()).contains("OrderView");
    assertThat(docs.body()).doesNotContain("\"name\":\"caller\"");
    assertThat(docs.json().path("components").path("securitySchemes").path("bearer").toString())
        .contains("JWT");
    assertThat(docs.json().path("info").path("title").asString())
        .isEqualTo("OC Pizza order service");
  }
}
