package com.ocpizza.client;

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

/**
 * Who may call each endpoint of the client service. Callers outside an endpoint's roles must be
 * refused before anything happens (401 without a token, 403 with the wrong role).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class ClientEndpointMatrixIntegrationTests {

  record Endpoint(String method, String path, List<String> allowed) {}

  static final String ADDRESS =
      "{\"label\":\"Maison\",\"street\":\"1 rue X\",\"postcode\":\"75011\",\"city\":\"Paris\"}";

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET", "/api/customers/me", List.of("CUSTOMER")),
          new Endpoint("PUT", "/api/customers/me", List.of("CUSTOMER")),
          new Endpoint("DELETE", "/api/customers/me", List.of("CUSTOMER")),
          new Endpoint("GET", "/api/customers/me/addresses", List.of("CUSTOMER")),
          new Endpoint("POST", "/api/customers/me/addresses", List.of("CUSTOMER")),
          new Endpoint("PUT", "/api/customers/me/addresses/x", List.of("CUSTOMER")),
          new Endpoint("DELETE", "/api/customers/me/addresses/x", List.of("CUSTOMER")),
          new Endpoint("POST", "/api/customers/me/addresses/x/default", List.of("CUSTOMER")),
          new Endpoint("GET", "/api/customers/me/statistics", List.of("CUSTOMER")),
          new Endpoint("GET", "/api/customers/me/export", List.of("CUSTOMER")),
          new Endpoint("GET", "/api/customers?q=Dupont", List.of("COUNTER", "MANAGER", "ADMIN")),
          new Endpoint("POST", "/api/customers", List.of("COUNTER", "MANAGER", "ADMIN")),
          new Endpoint("GET", "/api/customers/x", List.of("COUNTER", "MANAGER", "ADMIN")),
          new Endpoint(
              "GET", "/api/customers/x/statistics", List.of("COUNTER", "MANAGER", "ADMIN")),
          new Endpoint(
              "POST", "/api/customers/x/addresses", List.of("COUNTER", "MANAGER", "ADMIN")),
          new Endpoint("GET", "/internal/customers/x", List.of("SERVICE")),
          new Endpoint("GET", "/internal/customers/by-account/x", List.of("SERVICE")),
          new Endpoint("GET", "/internal/customers/x/addresses/y", List.of("SERVICE")));

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

  private static Api.Answer call(Api api, Endpoint endpoint) {
    String body =
        endpoint.path().endsWith("addresses")
            ? ADDRESS
            : "{\"firstName\":\"A\",\"lastName\":\"B\",\"phone\":\"0612345678\",\"marketingConsent\":false}";
    return switch (endpoint.method()) {
      case "GET" -> api.get(endpoint.path());
      case "POST" -> api.post(endpoint.path(), body);
      case "PUT" -> api.put(endpoint.path(), body);
      default -> api.delete(endpoint.path());
    };
  }
}
