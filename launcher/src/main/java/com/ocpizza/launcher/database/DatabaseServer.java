package com.ocpizza.launcher.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A MySQL-compatible server reached over JDBC with an account allowed to create schemas and users.
 *
 * @param url the server's JDBC URL without a schema, e.g. {@code jdbc:mariadb://127.0.0.1:3306}
 * @param adminUser an account that may create schemas and users
 * @param adminPassword its password
 * @param origin how the server was found, shown to people
 */
public record DatabaseServer(String url, String adminUser, String adminPassword, String origin) {

  /** The JDBC URL of one schema on this server, keeping any parameters of the server URL. */
  public String schemaUrl(String schema) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/" + schema + params;
  }

  /** Opens a connection as the admin account, with no default schema. */
  public Connection connectAsAdmin() throws SQLException {
    return connect(adminUser, adminPassword);
  }

  /** Opens a connection as the given account, with no default schema. */
  public Connection connect(String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password == null ? "" : password);
    return DriverManager.getConnection(url, properties);
  }
}
