package com.ocpizza.bench;

import com.ocpizza.launcher.DatabaseChoice;
import com.ocpizza.launcher.InstanceStatus;
import com.ocpizza.launcher.Suite;
import com.ocpizza.launcher.SuiteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./ocpizza bench [--quick]}: starts the suite with demo data in its own runtime folder (or
 * uses the one already running there), measures the database's and nginx's limits, steps every
 * scenario directly, through the gateway and through nginx, measures the footprint, and writes the
 * report under {@code bench/results/<timestamp>/}.
 */
public final class Bench {

  /** The suite of the benchmark runs on ports 38080.., beside a developer's and the tests'. */
  static final int PORT_OFFSET = 30000;

  static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
  static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  private final Path root;
  private final Settings settings;
  private final Path results;
  private final Report report;

  private Bench(Path root, Settings settings, Path results) {
    this.root = root;
    this.settings = settings;
    this.results = results;
    this.report = new Report(settings);
  }

  public static void main(String[] args) {
    Settings settings = Settings.FULL;
    boolean keep = false;
    for (String arg : args) {
      switch (arg) {
        case "--quick" -> settings = Settings.QUICK;
        case "--keep" -> keep = true;
        default -> {
          System.err.println("Usage: ./ocpizza bench [--quick] [--keep]");
          System.exit(2);
        }
      }
    }
    Path root = SuiteOptions.findProjectRoot(Path.of(System.getProperty("ocpizza.home", "")));
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    Path results = root.resolve("bench").resolve("results").resolve(stamp + "-" + settings.name());
    try {
      Files.createDirectories(results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant begin = Instant.now();
    Suite suite = Suite.start(options(root));
    try {
      new Bench(root, settings, results).run(suite, begin);
    } finally {
      if (!keep) {
        say("Stopping the benchmark's suite (--keep leaves it running).");
        suite.stop();
      }
    }
    System.exit(0);
  }

  /**
   * The suite of the benchmark: its own runtime folder and embedded database, so that sysbench
   * measures the very server the services use, and rate limits far above any rate tried (the
   * gateway's limits protect the public, not a benchmark).
   */
  static SuiteOptions options(Path root) {
    return options(root, root.resolve(".ocpizza-bench"), PORT_OFFSET, true);
  }

  /** The same suite in another folder and port block, e.g. the build's smoke test. */
  static SuiteOptions options(Path root, Path runtimeDir, int portOffset, boolean detached) {
    Map<String, String> environment = new HashMap<>(System.getenv());
    // A list cannot be changed one element at a time from the environment: the routes are given
    // whole, sign-in and sign-up limited as usual, order creation not.
    String unlimited = "1000000000/PT1M";
    environment.put(
        "SPRING_APPLICATION_JSON",
        """
        {"ocpizza": {"edge": {"rate-limits": {
          "per-ip": "%1$s",
          "per-user": "%1$s",
          "routes": [
            {"name": "login", "method": "POST", "paths": ["/login", "/oauth2/token"],
             "limit": "10/PT1M"},
            {"name": "sign-up", "method": "POST",
             "paths": ["/api/auth/register", "/api/auth/password-reset",
                       "/api/auth/password-reset/confirm"],
             "limit": "5/PT10M"},
            {"name": "order-creation", "method": "POST", "paths": ["/api/orders"],
             "limit": "%1$s"}]}}}}
        """
            .formatted(unlimited));
    return SuiteOptions.forProject(root)
        .withRuntimeDir(runtimeDir)
        .withPortOffset(portOffset)
        .withDatabase(DatabaseChoice.EMBEDDED)
        .withDetached(detached)
        .withAotCache(detached)
        .withReadinessTimeout(Duration.ofMinutes(8))
        .withEnvironment(environment);
  }

  private void run(Suite suite, Instant begin) {
    say("Benchmark (" + settings.name() + ") into " + results);
    report.machine(suite);
    // After a first start the launcher records AOT caches in the background: measuring while it
    // does would measure its CPU too (and the startup timings need the cache).
    awaitAotCache(suite, suite.runtimeDir().resolve("aot").resolve("service-order.aot"));

    SuiteData suiteData = SuiteData.signIn(suite.gatewayUrl(), demoPassword(suite));
    suiteData.openAroundTheClock();
    List<Long> pizzas = suiteData.pizzas();
    Plan.Data data =
        Plan.Data.of(SuiteData.PIZZERIA, pizzas, pizzas.get(0), suiteData.managerToken());

    String databaseUrl = readState(suite).getProperty("database.url");
    physicalLimits(new Database(databaseUrl));

    Map<String, Long> pids = pids(suite);
    Target gateway = Target.single("gateway", suite.gatewayUrl());
    Target direct =
        new Target(
            "direct",
            Map.of(
                "stock", suite.url("stock"),
                "order", suite.url(suite.orderReplicas().get(0)),
                "management", suite.url("management")));
    try (Nginx nginx =
        Nginx.start(
            results,
            suite.url("stock"),
            suite.orderReplicas().stream().map(suite::url).toList(),
            suite.url("management"))) {
      Target viaNginx = Target.single("nginx", nginx.url());
      step(Scenario.S1_MENU, List.of(direct, gateway, viaNginx), data, suiteData);

      suiteData.topUp();
      Map<String, Long> cpuBefore = Footprint.cpu(pids);
      long orders = 0;
      for (Stepping.Outcome outcome :
          step(Scenario.S2_ORDER, List.of(direct, gateway, viaNginx), data, suiteData)) {
        orders += ordersPlaced(outcome);
      }
      Map<String, Long> cpuAfter = Footprint.cpu(pids);
      report.cpuPerOrder(cpuBefore, cpuAfter, orders);

      step(Scenario.S3_STATUS, List.of(direct, gateway), data, suiteData);
      history(suite, databaseUrl);
      step(Scenario.S4_DASHBOARD, List.of(direct, gateway), data, suiteData);
      suiteData.renew();
      hotOrders(gateway, data.withManagerToken(suiteData.managerToken()), suiteData);

      suiteData.renew();
      suiteData.topUp();
      double mixRate = Settings.startRate(Scenario.MIX);
      say(
          "Mix via the gateway at "
              + mixRate
              + " users/s for "
              + settings.mix().toSeconds()
              + " s");
      GatlingRun.Result mix =
          GatlingRun.run(
              new Plan(
                  Scenario.MIX,
                  gateway,
                  mixRate,
                  settings.mix(),
                  data.withManagerToken(suiteData.managerToken())),
              results.resolve("gatling"),
              "mix via gateway");
      Map<String, Footprint.Memory> memory = new LinkedHashMap<>();
      pids.forEach((name, pid) -> memory.put(name, Footprint.memory(pid)));
      report.mix(mixRate, mix, memory);
    }

    startupTimes(suite);
    report.totalTime(Duration.between(begin, Instant.now()));
    Path file = results.resolve("REPORT.md");
    try {
      Files.writeString(file, report.markdown(results));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    say("Report: " + file);
  }

  private List<Stepping.Outcome> step(
      Scenario scenario, List<Target> targets, Plan.Data data, SuiteData suiteData) {
    say(scenario.title() + " (p99 bound " + scenario.p99BoundMillis() + " ms)");
    List<Stepping.Outcome> outcomes = new ArrayList<>();
    for (Target target : targets) {
      suiteData.renew();
      if (scenario.placesOrders()) {
        suiteData.topUp();
      }
      Stepping.Outcome outcome =
          Stepping.find(
              scenario,
              target,
              data.withManagerToken(suiteData.managerToken()),
              settings,
              results,
              Bench::say);
      outcomes.add(outcome);
      report.outcome(outcome);
    }
    return outcomes;
  }

  private static long ordersPlaced(Stepping.Outcome outcome) {
    return outcome.steps().stream()
        .mapToLong(step -> step.stats().requests() - step.stats().errors())
        .sum();
  }

  private void hotOrders(Target target, Plan.Data data, SuiteData suiteData) {
    say("S2-hot: " + settings.hotOrders() + " orders for 20 pizzas' worth of one ingredient");
    HotOrders.Outcome outcome =
        HotOrders.run(target, data, suiteData, settings.hotOrders(), results.resolve("gatling"));
    say(
        "  accepted "
            + outcome.accepted()
            + ", stock "
            + outcome.initial()
            + " -> "
            + outcome.after()
            + ", oversold "
            + outcome.oversold());
    report.hot(outcome);
  }

  /**
   * The full run gives S4 three years of eight pizzerias' sales, made by management's history
   * generator in the suite's own management schema; the quick run (and a build without the
   * generator) reads whatever the demo data hold, and the report says so.
   */
  private void history(Suite suite, String databaseUrl) {
    Path jar =
        suite
            .runtimeDir()
            .resolve("apps")
            .resolve("service-management")
            .resolve("service-management.jar");
    String generator = "com.ocpizza.management.history.GenerateHistory";
    if (!settings.history()) {
      report.note("S4 read the demo data's history only (the quick run generates none).");
      return;
    }
    if (!Files.isRegularFile(jar) || !hasClass(jar, generator)) {
      report.note("S4 read the demo data's history only: no history generator in " + jar + ".");
      return;
    }
    say("Generating three years of history for eight pizzerias (management schema)");
    long start = System.nanoTime();
    String output;
    try {
      output =
          Database.command(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-cp",
                  jar.toString(),
                  generator,
                  "--db-url=" + databaseUrl,
                  "--db-user=root",
                  "--db-password=",
                  "--schema=ocpizza_management",
                  "--years=3",
                  "--pizzerias=8"));
    } catch (IllegalStateException e) {
      if (e.getMessage() == null || !e.getMessage().contains("already holds sales")) {
        throw e;
      }
      // A run before this one in the same folder generated it: the same three years.
      report.note("S4 read the three years of history an earlier run generated in this folder.");
      return;
    }
    report.note(
        String.format(
            "S4 history: %s (%.0f s).", historySummary(output), (System.nanoTime() - start) / 1e9));
  }

  /** The history generator's summary line, without the log lines of its pool and migrations. */
  static String historySummary(String output) {
    return output
        .lines()
        .filter(line -> line.startsWith("Generated "))
        .findFirst()
        .orElse(output.strip());
  }

  private static boolean hasClass(Path jar, String className) {
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      return file.getEntry(className.replace('.', '/') + ".class") != null;
    } catch (IOException e) {
      return false;
    }
  }

  private void physicalLimits(Database database) {
    Map<String, String> settings = database.settings();
    say("Database: " + settings);
    Database.Fsync fsync = Database.fsync(Path.of(settings.get("datadir")), 200);
    List<Database.Sysbench> sysbench = new ArrayList<>();
    for (String test : List.of("oltp_write_only", "oltp_insert")) {
      say("sysbench " + test + ", 8 threads, " + this.settings.sysbenchSeconds() + " s");
      Database.Sysbench result = database.sysbench(test, 8, this.settings.sysbenchSeconds());
      say("  " + result);
      sysbench.add(result);
    }
    report.database(settings, fsync, sysbench);
  }

  /**
   * Replaces the second order replica, for the time of the measurement, by a copy of it on Java 17,
   * Java 25 and Java 25 with the AOT cache the launcher recorded, then starts it again.
   */
  private void startupTimes(Suite suite) {
    String replica = suite.orderReplicas().get(1);
    Long pid = pids(suite).get(replica);
    if (pid == null) {
      report.note("Startup times not measured: " + replica + " does not run.");
      return;
    }
    Path cache = suite.runtimeDir().resolve("aot").resolve("service-order.aot");
    StartupTimer timer = StartupTimer.of(pid, suite.url(replica));
    suite.stopService(replica);
    Map<String, Double> seconds = new LinkedHashMap<>();
    try {
      seconds.put("Java 17", timed(timer, JAVA_17, null, "java17"));
      seconds.put("Java 25", timed(timer, JAVA_25, null, "java25"));
      if (Files.isRegularFile(cache)) {
        seconds.put("Java 25 + AOT cache", timed(timer, JAVA_25, cache, "java25-aot"));
      } else {
        report.note("No AOT cache for service-order yet at " + cache + ": not measured.");
      }
    } finally {
      suite.startService(replica);
    }
    report.startup(seconds);
  }

  private double timed(StartupTimer timer, Path javaHome, Path cache, String label) {
    if (!Files.isDirectory(javaHome)) {
      report.note("No runtime at " + javaHome + ".");
      return Double.NaN;
    }
    double seconds =
        timer.secondsToReady(javaHome, cache, results.resolve("startup-" + label + ".log"));
    say(String.format("  order replica ready in %.2f s on %s", seconds, label));
    return seconds;
  }

  /** The launcher records the caches in the background after a first start; wait a while for it. */
  private static void awaitAotCache(Suite suite, Path cache) {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    boolean training = trainingRuns(suite);
    if (training) {
      say("Waiting for the launcher's AOT cache training to end (at most 3 minutes)");
    }
    while (trainingRuns(suite) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (training) {
      say("AOT cache " + (Files.isRegularFile(cache) ? "ready" : "not ready"));
    }
  }

  private static boolean trainingRuns(Suite suite) {
    Path pids = suite.runtimeDir().resolve("run");
    try (var files = Files.list(pids)) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("aot-training"))
          .anyMatch(Bench::alive);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether the process of a pid file still runs (a file may outlive its process). */
  private static boolean alive(Path pidFile) {
    Properties recorded = new Properties();
    try (InputStream in = Files.newInputStream(pidFile)) {
      recorded.load(in);
      return ProcessHandle.of(Long.parseLong(recorded.getProperty("pid", "-1")))
          .map(ProcessHandle::isAlive)
          .orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  /** The pid of each JVM of the suite and of the database server. */
  private static Map<String, Long> pids(Suite suite) {
    Map<String, Long> pids = new LinkedHashMap<>();
    for (InstanceStatus status : suite.status()) {
      if (status.pid().isEmpty()) {
        continue;
      }
      long pid = status.pid().getAsLong();
      if (status.name().equals("database")) {
        ProcessHandle.of(pid)
            .ifPresent(
                handle ->
                    handle
                        .descendants()
                        .filter(child -> child.info().command().orElse("").contains("mariadbd"))
                        .findFirst()
                        .ifPresent(server -> pids.put("mariadbd", server.pid())));
        pids.put("database (launcher JVM)", pid);
      } else {
        pids.put(status.name(), pid);
      }
    }
    return pids;
  }

  private static String demoPassword(Suite suite) {
    Properties secrets = new Properties();
    try (InputStream in = Files.newInputStream(suite.runtimeDir().resolve("secrets.properties"))) {
      secrets.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return secrets.getProperty("demo.password");
  }

  private static Properties readState(Suite suite) {
    Properties state = new Properties();
    try (InputStream in = Files.newInputStream(suite.runtimeDir().resolve("suite.properties"))) {
      state.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return state;
  }

  static void say(String line) {
    System.out.println(line);
  }
}
