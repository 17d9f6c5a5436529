package com.ocpizza.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times how long an order replica takes from its JVM's start to ready, on another Java runtime or
 * with or without an AOT cache: it starts the replica's own command line and environment (read from
 * {@code /proc} while the launcher's replica ran) with the chosen runtime, in place of the
 * launcher's replica, and stops it once ready.
 */
final class StartupTimer {

  private static final Duration READY_WITHIN = Duration.ofMinutes(3);

  private final List<String> command;
  private final Map<String, String> environment;
  private final URI url;

  private StartupTimer(List<String> command, Map<String, String> environment, URI url) {
    this.command = command;
    this.environment = environment;
    this.url = url;
  }

  /** Copies the command line and environment of the running process. */
  static StartupTimer of(long pid, URI url) {
    try {
      List<String> command =
          List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
      Map<String, String> environment = new HashMap<>();
      for (String entry :
          new String(
                  Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")),
                  StandardCharsets.UTF_8)
              .split("\0")) {
        int equals = entry.indexOf('=');
        if (equals > 0) {
          environment.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
      }
      return new StartupTimer(command, environment, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the replica with the given runtime (its {@code bin/java}), using the AOT cache when one
   * is given, and answers the seconds until its readiness probe said UP.
   */
  double secondsToReady(Path javaHome, Path aotCache, Path log) {
    List<String> arguments = new ArrayList<>();
    arguments.add(javaHome.resolve("bin").resolve("java").toString());
    boolean modern = !javaHome.toString().contains("17");
    for (String argument : command.subList(1, command.size())) {
      if (argument.startsWith("-XX:AOTCache") || argument.startsWith("-XX:AOTCacheOutput")) {
        continue;
      }
      if (!modern && argument.startsWith("-XX:TrimNativeHeapInterval")) {
        continue;
      }
      if (argument.equals("-jar") && aotCache != null) {
        arguments.add("-XX:AOTCache=" + aotCache);
      }
      arguments.add(argument);
    }
    ProcessBuilder builder =
        new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      long deadline = start + READY_WITHIN.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The replica exited while starting; see " + log);
        }
        if (ready(http)) {
          return (System.nanoTime() - start) / 1e9;
        }
        Thread.sleep(50);
      }
      throw new IllegalStateException("The replica was not ready within " + READY_WITHIN);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean ready(HttpClient http) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                  .timeout(Duration.ofSeconds(1))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
