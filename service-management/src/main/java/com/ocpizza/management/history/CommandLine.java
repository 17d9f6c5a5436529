package com.ocpizza.management.history;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The options of the history and benchmark commands ({@code --name=value}), and the database they
 * work on: a server URL ({@code --db-url}, else {@code OCPIZZA_DB_URL}, else the local server) and
 * a schema, created and migrated when missing.
 */
public final class CommandLine {

  private final Map<String, String> options = new HashMap<>();

  public CommandLine(String... args) {
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
  }

  public String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  public int integer(String name, int fallback) {
    return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
  }

  public boolean has(String name) {
    return options.containsKey(name);
  }

  /** A small pool on the schema, after creating it if needed and applying the migrations. */
  public HikariDataSource database() {
    String server =
        get(
                "db-url",
                System.getenv().getOrDefault("OCPIZZA_DB_URL", "jdbc:mariadb://127.0.0.1:3306"))
            .replaceAll("/+$", "");
    String schema = get("schema", "ocpizza_management");
    if (!schema.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Not a schema name: " + schema);
    }
    String user = get("db-user", System.getenv().getOrDefault("OCPIZZA_DB_ADMIN_USER", "root"));
    String password =
        get("db-password", System.getenv().getOrDefault("OCPIZZA_DB_ADMIN_PASSWORD", ""));
    try (Connection connection = DriverManager.getConnection(server, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + schema
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database at " + server, e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        server
            + "/"
            + schema
            + (server.startsWith("jdbc:mariadb")
                ? "?useBulkStmts=true"
                : "?rewriteBatchedStatements=true"));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return dataSource;
  }
}
