package com.ocpizza.launcher;

import com.ocpizza.launcher.database.EmbeddedMariaDb;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code ./ocpizza} command: {@code up}, {@code down}, {@code status} and {@code logs} for the
 * whole suite on a developer's machine.
 */
public final class Launcher {

  private final Map<String, String> environment;
  private final PrintStream out;
  private final PrintStream err;

  Launcher(Map<String, String> environment, PrintStream out, PrintStream err) {
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new Launcher(System.getenv(), System.out, System.err).run(args));
  }

  int run(String... args) {
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(CommandLine.usage());
      return 2;
    }
    try {
      switch (commandLine.command()) {
        case "up":
          return up(commandLine);
        case "down":
          return down();
        case "status":
          return status();
        case "logs":
          return logs(commandLine);
        case "database":
          return database(commandLine);
        default:
          out.println(CommandLine.usage());
          return 0;
      }
    } catch (SuiteStartException e) {
      err.println("The suite did not start: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private int up(CommandLine commandLine) {
    SuiteOptions options = options();
    int offset =
        commandLine
            .intOption("port-offset")
            .orElse(Integer.parseInt(environment.getOrDefault("OCPIZZA_PORT_OFFSET", "0")));
    options = options.withPortOffset(offset);
    if (commandLine.intOption("timeout").isPresent()) {
      options =
          options.withReadinessTimeout(
              Duration.ofSeconds(commandLine.intOption("timeout").getAsInt()));
    }
    Suite suite = Suite.start(options);
    out.println();
    out.println("OC Pizza runs at " + suite.publicUrl());
    demoAccounts(options).ifPresent(out::println);
    out.println(
        "Logs in " + suite.runtimeDir().resolve("logs") + "; ./ocpizza status, logs NAME, down");
    return 0;
  }

  private Optional<String> demoAccounts(SuiteOptions options) {
    for (Path candidate :
        List.of(
            options.runtimeDir().resolve("demo-accounts.txt"),
            options.projectRoot().resolve("demo-accounts.txt"))) {
      if (Files.isRegularFile(candidate)) {
        try {
          return Optional.of(
              "Demo accounts:"
                  + System.lineSeparator()
                  + Files.readString(candidate).stripTrailing());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return Optional.empty();
  }

  private int down() {
    Suite suite = attached();
    suite.stop();
    out.println("Stopped every process of " + suite.runtimeDir());
    return 0;
  }

  private int status() {
    List<InstanceStatus> statuses = attached().status();
    out.printf("%-18s %-8s %-9s %s%n", "PROCESS", "PID", "HEALTH", "URL");
    for (InstanceStatus status : statuses) {
      out.printf(
          "%-18s %-8s %-9s %s%n",
          status.name(),
          status.pid().isPresent() ? Long.toString(status.pid().getAsLong()) : "-",
          status.health(),
          status.url());
    }
    return statuses.stream().allMatch(status -> "UP".equals(status.health())) ? 0 : 3;
  }

  private int logs(CommandLine commandLine) {
    Path log = attached().log(commandLine.operands().get(0));
    if (!Files.isRegularFile(log)) {
      err.println("No log yet at " + log);
      return 1;
    }
    int lines = commandLine.intOption("lines").orElse(100);
    try {
      return new ProcessBuilder("tail", "-n", Integer.toString(lines), "-F", log.toString())
          .inheritIO()
          .start()
          .waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /**
   * Runs an embedded MariaDB until this JVM is told to stop: the background process that {@code up}
   * starts when no database server answers.
   */
  private int database(CommandLine commandLine) {
    Path dataDir =
        Path.of(
            commandLine
                .option("data-dir")
                .orElseThrow(() -> new IllegalArgumentException("database needs --data-dir")));
    int port = commandLine.intOption("port").orElse(0);
    Path readyFile = dataDir.resolve(SuiteDatabase.READY_FILE);
    EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.deleteIfExists(readyFile);
                  } catch (IOException e) {
                    err.println("Cannot remove " + readyFile + ": " + e.getMessage());
                  }
                  db.stop();
                  stopped.countDown();
                }));
    try {
      Files.writeString(readyFile, Integer.toString(db.port()));
      out.println("Embedded MariaDB ready on port " + db.port());
      stopped.await();
    } catch (IOException e) {
      db.stop();
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private Suite attached() {
    SuiteOptions options = options();
    String recorded =
        new RuntimeFolder(options.runtimeDir()).readState().getProperty("port.offset");
    int offset =
        Integer.parseInt(
            recorded != null ? recorded : environment.getOrDefault("OCPIZZA_PORT_OFFSET", "0"));
    return Suite.attach(options.withPortOffset(offset));
  }

  private SuiteOptions options() {
    String home = System.getProperty("ocpizza.home");
    Path root =
        home != null && !home.isBlank()
            ? Path.of(home)
            : SuiteOptions.findProjectRoot(Path.of("").toAbsolutePath());
    SuiteOptions options =
        SuiteOptions.forProject(root).withEnvironment(environment).withProgress(out);
    if ("false".equalsIgnoreCase(environment.get("OCPIZZA_AOT_CACHE"))) {
      options = options.withAotCache(false);
    }
    String runtimeDir = environment.get("OCPIZZA_RUNTIME_DIR");
    if (runtimeDir != null && !runtimeDir.isBlank()) {
      options = options.withRuntimeDir(Path.of(runtimeDir));
    }
    return options;
  }
}
