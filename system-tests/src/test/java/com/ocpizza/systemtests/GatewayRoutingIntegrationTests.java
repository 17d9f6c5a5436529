package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.Suite;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(RunningSuite.class)
class GatewayRoutingIntegrationTests {

  @ParameterizedTest(name = "{0} is answered by {1}")
  @CsvSource({
    "/api/auth/me, auth",
    "/api/customers/me, client",
    "/api/pizzerias/1/menu, stock",
    "/api/catalogue/products, stock",
    "/api/stock/pizzerias/1/ingredients, stock",
    "/api/suppliers, stock",
    "/api/orders/1, order",
    "/api/management/dashboard, management"
  })
  void routesEachApiToItsService(String path, String service, Gateway gateway, Suite suite) {
    HttpResponse<String> response = gateway.get(path);

    assertThat(response.statusCode()).isLessThan(500);
    assertThat(Gateway.instanceId(response))
        .hasValueSatisfying(id -> assertThat(id).startsWith(service + "-"))
        .hasValueSatisfying(id -> assertThat(suite.instanceIds()).contains(id));
  }

  @Test
  void givesEveryRequestAnId(Gateway gateway) {
    HttpResponse<String> response = gateway.get("/api/pizzerias/1/menu");

    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void refusesCallsWithoutATokenBeforeTheyReachAService(Gateway gateway) {
    HttpResponse<String> response = gateway.withoutToken().get("/api/orders/1");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Gateway.instanceId(response)).isEmpty();
  }

  @Test
  void letsVisitorsBrowseMenusWithoutAToken(Gateway gateway) {
    HttpResponse<String> response = gateway.withoutToken().get("/api/pizzerias/1/menu");

    assertThat(response.statusCode()).isLessThan(500);
    assertThat(Gateway.instanceId(response))
        .hasValueSatisfying(id -> assertThat(id).startsWith("stock-"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/internal/events",
        "/internal/events?after=0&limit=10",
        "/internal/anything",
        "/api/orders/../../internal/events",
        "/api/stock/%2e%2e/%2e%2e/internal/events",
        "/api/customers/%2Finternal%2Fcustomers%2F1"
      })
  void neverForwardsInternalEndpoints(String path, Gateway gateway) {
    HttpResponse<String> response = gateway.get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Gateway.instanceId(response)).isEmpty();
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }
}
