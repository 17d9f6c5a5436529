package com.ocpizza.launcher.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaProvisionerIntegrationTests {

  @TempDir static Path dataDir;

  static DatabaseServer server;
  static SchemaProvisioner provisioner;
  static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
  static final String STOCK = "ocpizza_stock_t" + SUFFIX;
  static final String ORDER = "ocpizza_order_t" + SUFFIX;

  @BeforeAll
  static void provisionTwoServices() {
    server = new DatabaseLocator(System.getenv()).locateOrStartEmbedded(dataDir);
    provisioner = new SchemaProvisioner(server);
    provisioner.provision(STOCK, STOCK, "stock-secret");
    provisioner.provision(ORDER, ORDER, "order-secret");
  }

  @AfterAll
  static void dropThem() {
    provisioner.drop(STOCK, STOCK);
    provisioner.drop(ORDER, ORDER);
  }

  @Test
  void eachServiceUserWorksInItsOwnSchema() throws SQLException {
    try (Connection stock = server.connect(STOCK, "stock-secret");
        Statement statement = stock.createStatement()) {
      statement.execute("CREATE TABLE " + STOCK + ".ingredient (id BIGINT PRIMARY KEY)");
      statement.execute("INSERT INTO " + STOCK + ".ingredient VALUES (1)");
      try (ResultSet rows =
          statement.executeQuery("SELECT COUNT(*) FROM " + STOCK + ".ingredient")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void orderServiceUserCannotReadTheStockSchema() throws SQLException {
    try (Connection stock = server.connect(STOCK, "stock-secret");
        Statement statement = stock.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + STOCK + ".stock_level (id BIGINT)");
    }
    try (Connection order = server.connect(ORDER, "order-secret");
        Statement statement = order.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + STOCK + ".stock_level"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("denied");
      assertThatThrownBy(() -> statement.execute("USE " + STOCK))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("denied");
    }
  }

  @Test
  void provisioningTwiceKeepsDataAndResetsThePassword() throws SQLException {
    provisioner.provision(ORDER, ORDER, "new-order-secret");
    try (Connection order = server.connect(ORDER, "new-order-secret")) {
      assertThat(order.isValid(1)).isTrue();
    }
    assertThatThrownBy(() -> server.connect(ORDER, "order-secret"))
        .isInstanceOf(SQLException.class);
    provisioner.provision(ORDER, ORDER, "order-secret");
  }
}
