package com.ocpizza.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteLayoutTests {

  private final SuiteLayout shifted = new SuiteLayout(10000);

  @Test
  void namesEachInstanceAfterItsServiceAndRealPort() {
    assertThat(new SuiteLayout(0).instanceIds())
        .containsExactly(
            "auth-8081",
            "client-8082",
            "stock-8083",
            "order-8084",
            "order-8094",
            "management-8085",
            "gateway-8080");
    assertThat(shifted.instanceIds()).contains("gateway-18080", "order-18084", "order-18094");
  }

  @Test
  void tellsAServiceItsPortItsSchemaAndWhereTheOthersAre() {
    Map<String, String> env =
        shifted.environment(
            SuiteLayout.STOCK,
            new SuiteLayout.Credentials("jdbc:mariadb://127.0.0.1:3306", "ocpizza_stock", "pw"),
            "/runtime",
            "service-secret");

    assertThat(env)
        .containsEntry("SERVER_PORT", "18083")
        .containsEntry("OCPIZZA_INSTANCE_ID", "stock-18083")
        .containsEntry("OCPIZZA_DB_URL", "jdbc:mariadb://127.0.0.1:3306")
        .containsEntry("OCPIZZA_DB_USER", "ocpizza_stock")
        .containsEntry("OCPIZZA_DB_PASSWORD", "pw")
        .containsEntry("OCPIZZA_RUNTIME_DIR", "/runtime")
        .containsEntry("SPRING_PROFILES_ACTIVE", "local,demo")
        .containsEntry("OCPIZZA_AUTH_URL", "http://127.0.0.1:18081")
        .containsEntry("OCPIZZA_CLIENT_URL", "http://127.0.0.1:18082")
        .containsEntry("OCPIZZA_STOCK_URL", "http://127.0.0.1:18083")
        .containsEntry("OCPIZZA_ORDER_URLS", "http://127.0.0.1:18084,http://127.0.0.1:18094")
        .containsEntry("OCPIZZA_MANAGEMENT_URL", "http://127.0.0.1:18085")
        .containsEntry("OCPIZZA_GATEWAY_URL", "http://127.0.0.1:18080")
        .containsEntry("OCPIZZA_AUTH_ISSUER", "http://localhost:18080");
  }

  @Test
  void letsTheWebFrontSignInThroughTheGatewaysRealUrl() {
    Map<String, String> env =
        shifted.environment(
            SuiteLayout.AUTH,
            new SuiteLayout.Credentials("jdbc:mariadb://127.0.0.1:3306", "ocpizza_auth", "pw"),
            "/runtime",
            "s");

    assertThat(env)
        .containsEntry(
            "OCPIZZA_AUTH_WEBCLIENT_REDIRECTURIS",
            "http://localhost:18080/app/callback,http://localhost:8080/app/callback,"
                + "http://localhost:5173/app/callback")
        .containsEntry(
            "OCPIZZA_AUTH_WEBCLIENT_POSTLOGOUTREDIRECTURIS",
            "http://localhost:18080/app/,http://localhost:8080/app/,http://localhost:5173/app/");
  }

  @Test
  void givesTheGatewayNoDatabaseVariables() {
    Map<String, String> env = shifted.environment(SuiteLayout.GATEWAY, null, "/runtime", "s");

    assertThat(env).containsEntry("SERVER_PORT", "18080").containsKey("OCPIZZA_ORDER_URLS");
    assertThat(env.keySet()).noneMatch(key -> key.startsWith("OCPIZZA_DB_"));
  }

  @Test
  void runsBothOrderReplicasOnTheOrderSchema() {
    assertThat(SuiteLayout.ORDER.schema()).isEqualTo("ocpizza_order");
    assertThat(SuiteLayout.ORDER_REPLICA.schema()).isEqualTo("ocpizza_order");
    assertThat(new SuiteLayout(0).modules())
        .containsExactly(
            "service-auth",
            "service-client",
            "service-stock",
            "service-order",
            "service-management",
            "gateway-proxy");
  }

  @Test
  void findsAProcessByInstanceIdOrByTheNameOfAServiceWithOneInstance() {
    assertThat(shifted.find("stock")).hasValue(SuiteLayout.STOCK);
    assertThat(shifted.find("order-18094")).hasValue(SuiteLayout.ORDER_REPLICA);
    assertThat(shifted.find("order-8094")).hasValue(SuiteLayout.ORDER_REPLICA);
    assertThat(shifted.find("order")).isEmpty();
    assertThat(shifted.find("billing")).isEmpty();
  }

  @Test
  void keepsTheDatabaseAdminCredentialsFromTheServices() {
    Map<String, String> inherited =
        SuiteDatabase.withoutDatabaseVariables(
            Map.of(
                "PATH", "/usr/bin",
                "OCPIZZA_DB_URL", "jdbc:mariadb://db:3306",
                "OCPIZZA_DB_ADMIN_USER", "root",
                "OCPIZZA_DB_ADMIN_PASSWORD", "secret"));

    assertThat(inherited).containsOnlyKeys("PATH");
  }
}
