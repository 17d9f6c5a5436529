package com.ocpizza.launcher.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the MySQL-compatible server to run against, in a fixed order: an explicit URL ({@code
 * OCPIZZA_DB_URL}), then a server answering on 127.0.0.1:3306, else an embedded MariaDB started on
 * a free port.
 */
public final class DatabaseLocator {

  static final String LOCAL_URL = "jdbc:mariadb://127.0.0.1:3306";

  private final Map<String, String> environment;

  public DatabaseLocator(Map<String, String> environment) {
    this.environment = environment;
  }

  /** The server named by the environment, if any. */
  public Optional<DatabaseServer> explicit() {
    String url = environment.get("OCPIZZA_DB_URL");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseServer(
            url,
            environment.getOrDefault("OCPIZZA_DB_ADMIN_USER", "root"),
            environment.getOrDefault("OCPIZZA_DB_ADMIN_PASSWORD", ""),
            "OCPIZZA_DB_URL"));
  }

  /** The server on 127.0.0.1:3306, if one answers. */
  public Optional<DatabaseServer> local() {
    if (!answers("127.0.0.1", 3306)) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseServer(
            LOCAL_URL,
            environment.getOrDefault("OCPIZZA_DB_ADMIN_USER", "root"),
            environment.getOrDefault("OCPIZZA_DB_ADMIN_PASSWORD", ""),
            "local server on 127.0.0.1:3306"));
  }

  /**
   * The explicit server, else the local one, else a new embedded server keeping data in dataDir.
   */
  public DatabaseServer locateOrStartEmbedded(Path dataDir) {
    return explicit().or(this::local).orElseGet(() -> EmbeddedMariaDb.start(dataDir).server());
  }

  static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
