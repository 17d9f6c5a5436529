package com.ocpizza.launcher;

import com.ocpizza.launcher.database.DatabaseLocator;
import com.ocpizza.launcher.database.DatabaseServer;
import com.ocpizza.launcher.process.LogTail;
import com.ocpizza.launcher.process.ProcessSupervisor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds the database server of a suite, or starts an embedded MariaDB for it. An embedded server
 * dies with the JVM that runs it, so it runs in a background launcher process of its own ({@code
 * database} command), recorded and stopped like the services.
 */
final class SuiteDatabase {

  static final String READY_FILE = "ready-port";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final DatabaseChoice choice;
  private final Map<String, String> environment;
  private final RuntimeFolder folder;
  private final ProcessSupervisor supervisor;

  SuiteDatabase(
      DatabaseChoice choice,
      Map<String, String> environment,
      RuntimeFolder folder,
      ProcessSupervisor supervisor) {
    this.choice = choice;
    this.environment = environment;
    this.folder = folder;
    this.supervisor = supervisor;
  }

  DatabaseServer obtain() {
    DatabaseLocator locator = new DatabaseLocator(environment);
    Optional<DatabaseServer> found = locator.explicit();
    if (found.isEmpty() && choice == DatabaseChoice.LOCAL_OR_EMBEDDED) {
      found = locator.local();
    }
    return found.orElseGet(this::embedded);
  }

  private DatabaseServer embedded() {
    Path readyFile = folder.mariadb().resolve(READY_FILE);
    if (supervisor.find(SuiteLayout.DATABASE).isPresent() && Files.isRegularFile(readyFile)) {
      return server(Integer.parseInt(read(readyFile)));
    }
    supervisor.stop(List.of(SuiteLayout.DATABASE), Duration.ofSeconds(10));
    try {
      Files.createDirectories(folder.mariadb());
      Files.deleteIfExists(readyFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int port = freePort();
    ProcessHandle process =
        supervisor.start(
            SuiteLayout.DATABASE,
            SelfCommand.java(),
            SelfCommand.arguments(
                "database",
                "--data-dir",
                folder.mariadb().toString(),
                "--port",
                Integer.toString(port)),
            withoutDatabaseVariables(environment));
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!Files.isRegularFile(readyFile)) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        supervisor.stop(List.of(SuiteLayout.DATABASE), Duration.ofSeconds(5));
        throw new IllegalStateException(
            "The embedded MariaDB did not start; the end of "
                + supervisor.log(SuiteLayout.DATABASE)
                + ":"
                + System.lineSeparator()
                + LogTail.of(supervisor.log(SuiteLayout.DATABASE), 30));
      }
      awaitExit(process, Duration.ofMillis(200));
    }
    DatabaseServer server = server(port);
    try (Connection connection = server.connectAsAdmin()) {
      return server;
    } catch (SQLException e) {
      throw new IllegalStateException("The embedded MariaDB does not accept its admin", e);
    }
  }

  /** The launcher's environment without what only the launcher may know about the database. */
  static Map<String, String> withoutDatabaseVariables(Map<String, String> environment) {
    Map<String, String> copy = new HashMap<>(environment);
    copy.keySet().removeIf(key -> key.startsWith("OCPIZZA_DB_"));
    return copy;
  }

  private static DatabaseServer server(int port) {
    return new DatabaseServer(
        "jdbc:mariadb://127.0.0.1:" + port, "root", "", "embedded MariaDB on port " + port);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits a little, or less if the process ends meanwhile. */
  static void awaitExit(ProcessHandle process, Duration atMost) {
    try {
      process.onExit().get(atMost.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // Still running: the caller looks again.
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + process.pid(), e);
    }
  }
}
