package com.ocpizza.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to start a suite: where the project and the runtime folder are, the port offset (so that a
 * test suite on 18080.. runs beside a developer's on 8080..), which database, and whether the
 * processes outlive the caller.
 *
 * @param projectRoot the folder holding {@code mvnw} and the modules
 * @param runtimeDir where pids, logs, passwords and caches go
 * @param portOffset added to every base port (gateway 8080, auth 8081, ...)
 * @param database which database server to use
 * @param detached whether the processes get a session of their own and outlive the caller, as with
 *     {@code ./ocpizza up}; a test suite keeps them in its process group instead
 * @param aotCache whether to train and use an AOT cache per service on Java 25 and later
 * @param readinessTimeout how long the processes may take to become ready
 * @param environment the environment the processes inherit
 * @param progress where to tell people what happens
 */
public record SuiteOptions(
    Path projectRoot,
    Path runtimeDir,
    int portOffset,
    DatabaseChoice database,
    boolean detached,
    boolean aotCache,
    Duration readinessTimeout,
    Map<String, String> environment,
    PrintStream progress) {

  /** The defaults of {@code ./ocpizza up}: base ports, runtime folder {@code .ocpizza}. */
  public static SuiteOptions forProject(Path projectRoot) {
    Path root = projectRoot.toAbsolutePath().normalize();
    return new SuiteOptions(
        root,
        root.resolve(".ocpizza"),
        0,
        DatabaseChoice.LOCAL_OR_EMBEDDED,
        true,
        true,
        Duration.ofMinutes(3),
        System.getenv(),
        System.out);
  }

  /** The project folder holding this one: the nearest one up with {@code mvnw} and a launcher. */
  public static Path findProjectRoot(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))
          && Files.isRegularFile(dir.resolve("launcher").resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No OC Pizza project folder at or above " + start);
  }

  public SuiteOptions withRuntimeDir(Path dir) {
    return new SuiteOptions(
        projectRoot,
        dir.toAbsolutePath().normalize(),
        portOffset,
        database,
        detached,
        aotCache,
        readinessTimeout,
        environment,
        progress);
  }

  public SuiteOptions withPortOffset(int offset) {
    return new SuiteOptions(
        projectRoot,
        runtimeDir,
        offset,
        database,
        detached,
        aotCache,
        readinessTimeout,
        environment,
        progress);
  }

  public SuiteOptions withDatabase(DatabaseChoice choice) {
    return new SuiteOptions(
        projectRoot,
        runtimeDir,
        portOffset,
        choice,
        detached,
        aotCache,
        readinessTimeout,
        environment,
        progress);
  }

  public SuiteOptions withDetached(boolean outlivesCaller) {
    return new SuiteOptions(
        projectRoot,
        runtimeDir,
        portOffset,
        database,
        outlivesCaller,
        aotCache,
        readinessTimeout,
        environment,
        progress);
  }

  public SuiteOptions withAotCache(boolean enabled) {
    return new SuiteOptions(
        projectRoot,
        runtimeDir,
        portOffset,
        database,
        detached,
        enabled,
        readinessTimeout,
        environment,
        progress);
  }

  public SuiteOptions withReadinessTimeout(Duration timeout) {
    return new SuiteOptions(
        projectRoot,
        runtimeDir,
        portOffset,
        database,
        detached,
        aotCache,
        timeout,
        environment,
        progress);
  }

  public SuiteOptions withEnvironment(Map<String, String> variables) {
    return new SuiteOptions(
        projectRoot,
        runtimeDir,
        portOffset,
        database,
        detached,
        aotCache,
        readinessTimeout,
        Map.copyOf(variables),
        progress);
  }

  public SuiteOptions withProgress(PrintStream out) {
    return new SuiteOptions(
        projectRoot,
        runtimeDir,
        portOffset,
        database,
        detached,
        aotCache,
        readinessTimeout,
        environment,
        out);
  }
}
