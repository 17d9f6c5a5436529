package com.ocpizza.launcher;

import com.ocpizza.launcher.database.DatabaseServer;
import com.ocpizza.launcher.database.SchemaProvisioner;
import com.ocpizza.launcher.jdk.JavaRuntime;
import com.ocpizza.launcher.jdk.JavaRuntimes;
import com.ocpizza.launcher.process.LogTail;
import com.ocpizza.launcher.process.ProcessSupervisor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The whole suite on one machine: a database server, the five services (two order replicas) and the
 * gateway, each a background JVM. {@code ./ocpizza up} and the system tests both start it through
 * this class, so the tests exercise exactly what developers run.
 */
public final class Suite implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(250);

  private final SuiteOptions options;
  private final RuntimeFolder folder;
  private final SuiteLayout layout;
  private final ProcessSupervisor supervisor;
  private final Readiness readiness = new Readiness();
  private final Secrets secrets;

  private JavaRuntime runtime;
  private DatabaseServer database;
  private AppImages images;

  private Suite(SuiteOptions options) {
    this.options = options;
    this.folder = new RuntimeFolder(options.runtimeDir());
    this.layout = new SuiteLayout(options.portOffset());
    this.supervisor = new ProcessSupervisor(folder.pids(), folder.logs(), options.detached());
    this.secrets = new Secrets(folder.secrets());
  }

  /**
   * Starts whatever of the suite does not run yet and waits until every process is ready. On
   * failure the processes started by this call are stopped again and the exception names the
   * process that failed, with the end of its log.
   */
  public static Suite start(SuiteOptions options) {
    Suite suite = new Suite(options);
    suite.startAll();
    return suite;
  }

  /** The suite of this runtime folder as it is, started earlier by another launcher run. */
  public static Suite attach(SuiteOptions options) {
    return new Suite(options);
  }

  public int portOffset() {
    return layout.portOffset();
  }

  public Path runtimeDir() {
    return folder.root();
  }

  /** The base URL of the gateway, the suite's single entry point. */
  public URI gatewayUrl() {
    return URI.create(layout.url(SuiteLayout.GATEWAY));
  }

  /** The URL people use, {@code http://localhost:8080} plus the offset; the tokens' issuer. */
  public URI publicUrl() {
    return URI.create(layout.publicUrl());
  }

  /**
   * The install-wide secret of the service clients ({@code OCPIZZA_SERVICE_SECRET}): with it and a
   * service's name as client id, auth hands out SERVICE tokens by client credentials.
   */
  public String serviceSecret() {
    return secrets.get("service.secret");
  }

  /** The base URL of one process, by instance id ({@code order-18094}) or service name. */
  public URI url(String name) {
    return URI.create(layout.url(spec(name)));
  }

  /** The instance ids of the seven processes, with their real ports. */
  public List<String> instanceIds() {
    return layout.instanceIds();
  }

  /** The instance ids of the order replicas, with their real ports. */
  public List<String> orderReplicas() {
    return List.of(
        SuiteLayout.ORDER.instanceId(portOffset()),
        SuiteLayout.ORDER_REPLICA.instanceId(portOffset()));
  }

  /** The log file of a process, by instance id or service name. */
  public Path log(String name) {
    return supervisor.log(SuiteLayout.DATABASE.equals(name) ? name : id(spec(name)));
  }

  /** Each process of the suite with its pid and readiness, the database last if it is ours. */
  public List<InstanceStatus> status() {
    List<InstanceStatus> statuses = new ArrayList<>();
    for (ServiceSpec spec : layout.specs()) {
      String url = layout.url(spec);
      statuses.add(
          supervisor
              .find(id(spec))
              .map(
                  handle -> {
                    String probe = readiness.probe(url);
                    String health = "UNREACHABLE".equals(probe) ? "STARTING" : probe;
                    return new InstanceStatus(id(spec), OptionalLong.of(handle.pid()), health, url);
                  })
              .orElseGet(() -> new InstanceStatus(id(spec), OptionalLong.empty(), "STOPPED", url)));
    }
    supervisor
        .find(SuiteLayout.DATABASE)
        .ifPresent(
            handle ->
                statuses.add(
                    new InstanceStatus(
                        SuiteLayout.DATABASE,
                        OptionalLong.of(handle.pid()),
                        "UP",
                        folder.readState().getProperty("database.url", ""))));
    return statuses;
  }

  /** Stops one process, e.g. an order replica, leaving the rest running. */
  public void stopService(String name) {
    supervisor.stop(List.of(id(spec(name))), STOP_GRACE);
  }

  /** Starts one process again and waits until it is ready. */
  public void startService(String name) {
    ServiceSpec spec = spec(name);
    if (supervisor.find(id(spec)).isPresent()) {
      return;
    }
    prepare(List.of(spec));
    Map<ServiceSpec, ProcessHandle> started = new LinkedHashMap<>();
    started.put(spec, launch(spec));
    awaitReady(started, Instant.now());
  }

  /** Stops every process of the suite, the database last, and leaves none behind. */
  public void stop() {
    List<String> names = new ArrayList<>(supervisor.recorded());
    names.remove(SuiteLayout.DATABASE);
    for (String id : layout.instanceIds()) {
      if (!names.contains(id)) {
        names.add(id);
      }
    }
    supervisor.stop(names, STOP_GRACE);
    supervisor.stop(List.of(SuiteLayout.DATABASE), STOP_GRACE);
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private void startAll() {
    Instant begin = Instant.now();
    checkPortOffset();
    Map<ServiceSpec, ProcessHandle> running = new LinkedHashMap<>();
    List<ServiceSpec> toStart = new ArrayList<>();
    for (ServiceSpec spec : layout.specs()) {
      supervisor
          .find(id(spec))
          .ifPresentOrElse(handle -> running.put(spec, handle), () -> toStart.add(spec));
    }
    if (toStart.isEmpty()) {
      say("Every process already runs.");
      awaitReady(running, begin);
      return;
    }
    boolean databaseRan = supervisor.find(SuiteLayout.DATABASE).isPresent();
    Map<ServiceSpec, ProcessHandle> started = new LinkedHashMap<>();
    try {
      prepare(toStart);
      say(
          "Starting "
              + toStart.stream().map(this::id).collect(Collectors.joining(", "))
              + " on "
              + runtime);
      for (ServiceSpec spec : toStart) {
        started.put(spec, launch(spec));
      }
      Map<ServiceSpec, ProcessHandle> all = new LinkedHashMap<>(running);
      all.putAll(started);
      awaitReady(all, begin);
    } catch (RuntimeException e) {
      supervisor.stop(started.keySet().stream().map(this::id).toList(), STOP_GRACE);
      if (!databaseRan) {
        supervisor.stop(List.of(SuiteLayout.DATABASE), STOP_GRACE);
      }
      throw e;
    }
    say(
        "All "
            + layout.specs().size()
            + " processes ready in "
            + Duration.between(begin, Instant.now()).toSeconds()
            + " s.");
    if (options.aotCache() && runtime.supportsAotCache()) {
      trainAotCachesInBackground(toStart);
    }
  }

  /** Everything a start needs once: jars, runtime, database, schemas, unpacked jars, AOT caches. */
  private void prepare(List<ServiceSpec> specs) {
    buildMissingJars(specs);
    if (runtime == null) {
      runtime = JavaRuntimes.of(options.environment()).select();
      images = new AppImages(folder, runtime);
    }
    if (database == null && specs.stream().anyMatch(ServiceSpec::usesDatabase)) {
      database =
          new SuiteDatabase(options.database(), options.environment(), folder, supervisor).obtain();
      say("Database: " + database.origin());
      SchemaProvisioner provisioner = new SchemaProvisioner(database);
      specs.stream()
          .filter(ServiceSpec::usesDatabase)
          .map(ServiceSpec::schema)
          .distinct()
          .forEach(schema -> provisioner.provision(schema, schema, password(schema)));
      Properties state = folder.readState();
      state.setProperty("port.offset", Integer.toString(portOffset()));
      state.setProperty("database.url", database.url());
      folder.writeState(state);
    }
    unpack(specs);
  }

  private void buildMissingJars(List<ServiceSpec> specs) {
    List<String> missing =
        specs.stream()
            .filter(spec -> !Files.isRegularFile(spec.jar(options.projectRoot())))
            .map(ServiceSpec::module)
            .distinct()
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    Path log = folder.logs().resolve("build.log");
    say("Building " + String.join(", ", missing) + " (log: " + log + ")");
    MavenBuild.packageModules(options.projectRoot(), missing, log);
  }

  private void unpack(List<ServiceSpec> specs) {
    Map<String, ServiceSpec> byModule = byModule(specs);
    CompletableFuture<?>[] unpacking =
        byModule.values().stream()
            .map(
                spec ->
                    CompletableFuture.runAsync(
                        () -> images.unpacked(spec.module(), spec.jar(options.projectRoot()))))
            .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(unpacking).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * Records an AOT cache for every module that has none yet, in the background and at the lowest
   * priority, once the suite is ready: each training run starts the application context with the
   * real environment and exits, and later starts use the cache. A failed training only means that
   * the module keeps starting without one.
   */
  private void trainAotCachesInBackground(List<ServiceSpec> specs) {
    List<String> training = new ArrayList<>();
    for (ServiceSpec spec : byModule(specs).values()) {
      if (images.hasAotCache(spec.module()) || supervisor.find(trainingName(spec)).isPresent()) {
        continue;
      }
      images.prepareAotFolder(spec.module());
      List<String> arguments = new ArrayList<>(JvmOptions.base(runtime));
      arguments.addAll(JvmOptions.aotTraining(images.aotCache(spec.module())));
      arguments.add("-jar");
      arguments.add(images.unpacked(spec.module(), spec.jar(options.projectRoot())).toString());
      supervisor.startLowPriority(trainingName(spec), runtime.java(), arguments, environment(spec));
      training.add(spec.module());
    }
    if (!training.isEmpty()) {
      say(
          "Recording AOT caches for "
              + String.join(", ", training)
              + " in the background; later starts use them.");
    }
  }

  private static String trainingName(ServiceSpec spec) {
    return "aot-training-" + spec.module();
  }

  private ProcessHandle launch(ServiceSpec spec) {
    int port = spec.port(portOffset());
    if (answers(port)) {
      throw new IllegalStateException(
          "Port "
              + port
              + " ("
              + id(spec)
              + ") is taken by another program: stop it, or choose other ports with"
              + " --port-offset.");
    }
    List<String> arguments = new ArrayList<>(JvmOptions.base(runtime));
    if (options.aotCache()
        && images.hasAotCache(spec.module())
        && supervisor.find(trainingName(spec)).isEmpty()) {
      arguments.addAll(JvmOptions.aotCache(images.aotCache(spec.module())));
    }
    arguments.add("-jar");
    arguments.add(images.unpacked(spec.module(), spec.jar(options.projectRoot())).toString());
    return supervisor.start(id(spec), runtime.java(), arguments, environment(spec));
  }

  private Map<String, String> environment(ServiceSpec spec) {
    Map<String, String> env =
        new HashMap<>(SuiteDatabase.withoutDatabaseVariables(options.environment()));
    SuiteLayout.Credentials credentials =
        spec.usesDatabase()
            ? new SuiteLayout.Credentials(database.url(), spec.schema(), password(spec.schema()))
            : null;
    env.putAll(layout.environment(spec, credentials, folder.root().toString(), serviceSecret()));
    env.putAll(JvmOptions.environment());
    if (spec == SuiteLayout.AUTH) {
      // One demo password per runtime folder, so the printed accounts stay valid across restarts.
      env.put("OCPIZZA_DEMO_PASSWORD", secrets.get("demo.password"));
    }
    return env;
  }

  private String password(String schema) {
    return secrets.get("db." + schema);
  }

  /**
   * Polls every started process until all are ready: fails at once when one exits, or names the
   * slowest when the timeout passes.
   */
  private void awaitReady(Map<ServiceSpec, ProcessHandle> started, Instant begin) {
    Instant deadline = Instant.now().plus(options.readinessTimeout());
    Set<ServiceSpec> pending = new LinkedHashSet<>(started.keySet());
    while (true) {
      for (ServiceSpec spec : List.copyOf(pending)) {
        ProcessHandle process = started.get(spec);
        if (readiness.isReady(layout.url(spec))) {
          pending.remove(spec);
          say(
              "  "
                  + id(spec)
                  + " ready after "
                  + Duration.between(begin, Instant.now()).toSeconds()
                  + " s");
        } else if (!process.isAlive()) {
          throw failure(spec, "exited while starting");
        }
      }
      if (pending.isEmpty()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw failure(
            pending.iterator().next(),
            "was not ready within " + options.readinessTimeout().toSeconds() + " s");
      }
      CompletableFuture<?> anyExit =
          CompletableFuture.anyOf(
              pending.stream()
                  .map(spec -> started.get(spec).onExit())
                  .toArray(CompletableFuture[]::new));
      try {
        anyExit.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // None exited: probe again.
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the suite", e);
      }
    }
  }

  private SuiteStartException failure(ServiceSpec spec, String what) {
    Path log = supervisor.log(id(spec));
    return new SuiteStartException(
        id(spec)
            + " "
            + what
            + ". The end of "
            + log
            + ":"
            + System.lineSeparator()
            + LogTail.of(log, 40));
  }

  private void checkPortOffset() {
    String recorded = folder.readState().getProperty("port.offset");
    if (recorded == null || Integer.parseInt(recorded) == portOffset()) {
      return;
    }
    SuiteLayout other = new SuiteLayout(Integer.parseInt(recorded));
    if (other.instanceIds().stream().anyMatch(id -> supervisor.find(id).isPresent())) {
      throw new IllegalStateException(
          "The suite in "
              + folder.root()
              + " already runs with port offset "
              + recorded
              + ": stop it first (./ocpizza down).");
    }
  }

  private ServiceSpec spec(String name) {
    return layout
        .find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No process named "
                        + name
                        + "; the suite has "
                        + String.join(", ", layout.instanceIds())));
  }

  private String id(ServiceSpec spec) {
    return spec.instanceId(portOffset());
  }

  private static Map<String, ServiceSpec> byModule(List<ServiceSpec> specs) {
    Map<String, ServiceSpec> byModule = new LinkedHashMap<>();
    specs.forEach(spec -> byModule.putIfAbsent(spec.module(), spec));
    return byModule;
  }

  private static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void say(String line) {
    options.progress().println(line);
  }
}
