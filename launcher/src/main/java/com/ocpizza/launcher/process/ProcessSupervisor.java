package com.ocpizza.launcher.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Starts Java programs in the background and stops exactly those again, also from a later launcher
 * run. Each start is recorded in {@code <name>.pid} with the process's start time, and the program
 * gets a marker argument naming it; a pid is only ever signalled while both still match, so a
 * recycled pid never receives a signal meant for one of ours.
 */
public final class ProcessSupervisor {

  private static final Path SETSID = Path.of("/usr/bin/setsid");
  private static final Path NICE = Path.of("/usr/bin/nice");

  private final Path pidDir;
  private final Path logDir;
  private final boolean detached;

  /**
   * @param pidDir where the pid files go
   * @param logDir where each program's output goes, as {@code <name>.log}
   * @param detached whether the programs get their own session, so that they outlive the launcher
   *     and a Ctrl-C in its terminal; otherwise they share the launcher's process group
   */
  public ProcessSupervisor(Path pidDir, Path logDir, boolean detached) {
    this.pidDir = pidDir;
    this.logDir = logDir;
    this.detached = detached;
  }

  /** The log file of a program, whether it runs or not. */
  public Path log(String name) {
    return logDir.resolve(name + ".log");
  }

  /** The marker argument put on a program's command line, naming it and this supervisor. */
  public String marker(String name) {
    return "-Docpizza.process=" + name + "@" + pidDir.toAbsolutePath().normalize();
  }

  /**
   * Starts {@code java [marker] arguments...} with its output in {@link #log(String)} and records
   * its pid.
   */
  public ProcessHandle start(
      String name, Path java, List<String> arguments, Map<String, String> environment) {
    return start(name, java, arguments, environment, false);
  }

  /** Like {@link #start}, at the lowest CPU priority: for work nobody waits for. */
  public ProcessHandle startLowPriority(
      String name, Path java, List<String> arguments, Map<String, String> environment) {
    return start(name, java, arguments, environment, true);
  }

  private ProcessHandle start(
      String name,
      Path java,
      List<String> arguments,
      Map<String, String> environment,
      boolean lowPriority) {
    List<String> command = new ArrayList<>();
    if (detached && Files.isExecutable(SETSID)) {
      command.add(SETSID.toString());
    }
    if (lowPriority && Files.isExecutable(NICE)) {
      command.addAll(List.of(NICE.toString(), "-n", "19"));
    }
    command.add(java.toString());
    command.add(marker(name));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(pidDir);
      Files.createDirectories(logDir);
      builder.redirectErrorStream(true);
      builder.redirectOutput(log(name).toFile());
      builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      Process process = builder.start();
      ProcessHandle handle = process.toHandle();
      record(name, handle);
      return handle;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  /** The recorded program, if it still runs and is still the one that was started. */
  public Optional<ProcessHandle> find(String name) {
    Path pidFile = pidFile(name);
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    Properties recorded = new Properties();
    try (InputStream in = Files.newInputStream(pidFile)) {
      recorded.load(in);
      long pid = Long.parseLong(recorded.getProperty("pid", "-1"));
      String started = recorded.getProperty("started", "");
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(handle -> sameStart(handle, started))
          .filter(
              handle -> commandLine(handle).map(line -> line.contains(marker(name))).orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Names of the programs that have a pid file, running or not. */
  public List<String> recorded() {
    if (!Files.isDirectory(pidDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(pidDir)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(".pid"))
          .map(file -> file.substring(0, file.length() - ".pid".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops the named programs together: SIGTERM to each, SIGKILL to those still there after the
   * grace period, and the same for any process they had started. Programs that no longer run are
   * only forgotten.
   */
  public void stop(Collection<String> names, Duration grace) {
    List<ProcessHandle> targets = new ArrayList<>();
    for (String name : names) {
      find(name)
          .ifPresent(
              handle -> {
                targets.addAll(handle.descendants().toList());
                targets.add(handle);
              });
    }
    targets.forEach(ProcessHandle::destroy);
    awaitExit(targets, grace);
    targets.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    awaitExit(targets, Duration.ofSeconds(10));
    for (String name : names) {
      try {
        Files.deleteIfExists(pidFile(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void awaitExit(List<ProcessHandle> handles, Duration timeout) {
    CompletableFuture<?> all =
        CompletableFuture.allOf(
            handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
    try {
      all.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // The caller escalates for the ones still alive.
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(String name, ProcessHandle handle) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("pid", Long.toString(handle.pid()));
    properties.setProperty(
        "started", handle.info().startInstant().map(Instant::toString).orElse(""));
    try (OutputStream out = Files.newOutputStream(pidFile(name))) {
      properties.store(out, name);
    }
  }

  private Path pidFile(String name) {
    return pidDir.resolve(name + ".pid");
  }

  private static boolean sameStart(ProcessHandle handle, String recorded) {
    if (recorded.isEmpty()) {
      return true;
    }
    return handle
        .info()
        .startInstant()
        .map(start -> start.toString().equals(recorded))
        .orElse(true);
  }

  /** The full command line: from /proc where there is one, as the JDK may shorten it. */
  private static Optional<String> commandLine(ProcessHandle handle) {
    Path procCmdline = Path.of("/proc", Long.toString(handle.pid()), "cmdline");
    if (Files.isReadable(procCmdline)) {
      try {
        return Optional.of(
            new String(Files.readAllBytes(procCmdline), StandardCharsets.UTF_8).replace('\0', ' '));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return handle.info().commandLine();
  }
}
