package com.ocpizza.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSupervisorIntegrationTests {

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path runtime;

  private final List<ProcessHandle> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    started.forEach(handle -> handle.descendants().forEach(ProcessHandle::destroyForcibly));
    started.forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void recordsAStartedProgramAndStopsItAgain() {
    ProcessSupervisor supervisor = supervisor(false);
    ProcessHandle program = start(supervisor, "stock-8083");

    assertThat(supervisor.find("stock-8083")).contains(program);
    assertThat(supervisor.recorded()).containsExactly("stock-8083");

    supervisor.stop(List.of("stock-8083"), Duration.ofSeconds(10));

    assertThat(program.isAlive()).isFalse();
    assertThat(supervisor.find("stock-8083")).isEmpty();
    assertThat(supervisor.recorded()).isEmpty();
  }

  @Test
  void findsADetachedProgramFromAnotherSupervisorOfTheSameFolder() {
    ProcessHandle program = start(supervisor(true), "gateway-8080");

    ProcessSupervisor later = supervisor(true);

    assertThat(later.find("gateway-8080")).contains(program);
    later.stop(later.recorded(), Duration.ofSeconds(10));
    assertThat(program.isAlive()).isFalse();
  }

  @Test
  void writesWhatTheProgramPrintsToItsLog() throws Exception {
    ProcessSupervisor supervisor = supervisor(false);
    ProcessHandle program = start(supervisor, "client-8082", "exit");

    program.onExit().get(30, TimeUnit.SECONDS);

    assertThat(supervisor.log("client-8082")).content().contains("idle program running");
  }

  @Test
  void neverSignalsAProcessItDidNotStart() throws IOException {
    ProcessSupervisor supervisor = supervisor(false);
    Files.createDirectories(runtime.resolve("run"));
    Files.writeString(
        runtime.resolve("run/order-8094.pid"), "pid=" + ProcessHandle.current().pid() + "\n");

    assertThat(supervisor.find("order-8094")).isEmpty();
    supervisor.stop(List.of("order-8094"), Duration.ofSeconds(1));

    assertThat(ProcessHandle.current().isAlive()).isTrue();
    assertThat(supervisor.recorded()).isEmpty();
  }

  @Test
  void killsAProgramThatIgnoresTheRequestToStop() {
    ProcessSupervisor supervisor = supervisor(false);
    ProcessHandle program = start(supervisor, "auth-8081", "stubborn");

    supervisor.stop(List.of("auth-8081"), Duration.ofSeconds(2));

    assertThat(program.isAlive()).isFalse();
  }

  @Test
  void stopsTheProcessesAProgramStartedToo() throws Exception {
    ProcessSupervisor supervisor = supervisor(false);
    ProcessHandle program = start(supervisor, "database", "parent");
    ProcessHandle child = awaitChild(program);

    supervisor.stop(List.of("database"), Duration.ofSeconds(10));

    assertThat(program.isAlive()).isFalse();
    assertThat(child.isAlive()).isFalse();
  }

  private ProcessSupervisor supervisor(boolean detached) {
    return new ProcessSupervisor(runtime.resolve("run"), runtime.resolve("logs"), detached);
  }

  private ProcessHandle start(ProcessSupervisor supervisor, String name, String... options) {
    List<String> arguments = new ArrayList<>();
    arguments.add("-Xmx32m");
    arguments.add("-cp");
    arguments.add(System.getProperty("java.class.path"));
    arguments.add(IdleProgram.class.getName());
    arguments.addAll(List.of(options));
    ProcessHandle handle = supervisor.start(name, JAVA, arguments, Map.copyOf(System.getenv()));
    started.add(handle);
    return handle;
  }

  /** The child the program starts, looked for until it shows up or the program ends. */
  private static ProcessHandle awaitChild(ProcessHandle program)
      throws InterruptedException, ExecutionException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && program.isAlive()) {
      Optional<ProcessHandle> child = program.children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      try {
        program.onExit().get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // Still running without a child: look again.
      }
    }
    throw new AssertionError("The program started no child");
  }
}
