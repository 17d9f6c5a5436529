package com.ocpizza.launcher.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates a service's schema and the database user that may use that schema and nothing else: the
 * database-per-service rule enforced by the server's grants.
 */
public final class SchemaProvisioner {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final DatabaseServer server;

  public SchemaProvisioner(DatabaseServer server) {
    this.server = server;
  }

  /** Creates (or keeps) the schema and the user, sets the user's password and its only grant. */
  public void provision(String schema, String user, String password) {
    String quotedPassword = quote(password);
    execute(
        "CREATE DATABASE IF NOT EXISTS "
            + identifier(schema)
            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        "CREATE USER IF NOT EXISTS '" + identifier(user) + "'@'%' IDENTIFIED BY " + quotedPassword,
        "ALTER USER '" + identifier(user) + "'@'%' IDENTIFIED BY " + quotedPassword,
        "GRANT ALL PRIVILEGES ON " + identifier(schema) + ".* TO '" + identifier(user) + "'@'%'");
  }

  /** Drops the schema and the user; used for throw-away test schemas. */
  public void drop(String schema, String user) {
    execute(
        "DROP DATABASE IF EXISTS " + identifier(schema),
        "DROP USER IF EXISTS '" + identifier(user) + "'@'%'");
  }

  private void execute(String... statements) {
    try (Connection connection = server.connectAsAdmin();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not provision the database: " + e.getMessage(), e);
    }
  }

  private static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a safe schema or user name: " + name);
    }
    return name;
  }

  private static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
