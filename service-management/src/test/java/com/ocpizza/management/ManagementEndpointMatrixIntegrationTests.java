package com.ocpizza.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may call each endpoint: 401 without a token, 403 with the wrong role or pizzeria. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class ManagementEndpointMatrixIntegrationTests {

  record Endpoint(String method, String path, List<String> allowed) {}

  static final List<String> MANAGERS = List.of("MANAGER", "ADMIN");
  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET", "/api/management/dashboard/summary?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/timeseries?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/timeseries.csv?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/top-products?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/top-products.csv?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/margins?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/margins.csv?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/losses?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/losses.csv?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/peak-hours?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/peak-hours.csv?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/dashboard/low-stock?pizzeriaId=1", MANAGERS),
          new Endpoint(
              "GET", "/api/management/reports/monthly?pizzeriaId=1&month=2025-01", MANAGERS),
          new Endpoint("GET", "/api/management/invoices/mine", List.of("CUSTOMER")),
          new Endpoint("GET", "/api/management/invoices?pizzeriaId=1", MANAGERS),
          new Endpoint(
              "GET", "/api/management/invoices/FA-1/pdf", List.of("CUSTOMER", "MANAGER", "ADMIN")),
          new Endpoint("POST", "/api/management/invoices/FA-1/credit-notes", MANAGERS),
          new Endpoint(
              "GET",
              "/api/management/orders/x/pro-forma",
              List.of("CUSTOMER", "COUNTER", "MANAGER", "ADMIN")),
          new Endpoint("POST", "/api/management/quotes", MANAGERS),
          new Endpoint("GET", "/api/management/quotes?pizzeriaId=1", MANAGERS),
          new Endpoint("GET", "/api/management/quotes/DV-1/pdf", MANAGERS));

  static final Map<String, String> CALLERS =
      Map.of(
          "CUSTOMER", TestTokens.customer("matrix-customer"),
          "COUNTER", TestTokens.staff(1, "COUNTER"),
          "PIZZAIOLO", TestTokens.staff(1, "PIZZAIOLO"),
          "COURIER", TestTokens.staff(1, "COURIER"),
          "MANAGER", TestTokens.staff(1, "MANAGER"),
          "ADMIN", TestTokens.admin(),
          "SERVICE", TestTokens.service("order"));

  @LocalServerPort int port;

  @Test
  void anonymousCallersAreAskedToAuthenticateEverywhere() {
    for (Endpoint endpoint : ENDPOINTS) {
      assertThat(call(Api.anonymous(port), endpoint).status())
          .as(endpoint.method() + " " + endpoint.path())
          .isEqualTo(401);
    }
  }

  @Test
  void eachRoleReachesOnlyItsEndpoints() {
    for (Endpoint endpoint : ENDPOINTS) {
      CALLERS.forEach(
          (role, token) -> {
            int status = call(Api.as(port, token), endpoint).status();
            String what = role + " " + endpoint.method() + " " + endpoint.path();
            if (endpoint.allowed().contains(role)) {
              assertThat(status).as(what).isNotIn(401, 403);
            } else {
              assertThat(status).as(what).isEqualTo(403);
            }
          });
    }
  }

  @Test
  void aManagerOfOnePizzeriaIsRefusedAnother() {
    Api managerOfTwo = Api.as(port, TestTokens.staff(2, "MANAGER"));
    for (Endpoint endpoint : ENDPOINTS) {
      if (endpoint.path().contains("pizzeriaId=1")) {
        assertThat(call(managerOfTwo, endpoint).status()).as(endpoint.path()).isEqualTo(403);
      }
    }
  }

  private static Api.Answer call(Api api, Endpoint endpoint) {
    return "GET".equals(endpoint.method())
        ? api.get(endpoint.path())
        : api.post(endpoint.path(), "{\"pizzeriaId\":1,\"customerName\":\"X\",\"lines\":[]}");
  }
}
