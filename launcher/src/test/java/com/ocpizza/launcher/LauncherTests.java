package com.ocpizza.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTests {

  @TempDir Path runtime;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void listsEveryProcessAsStoppedWhenNothingRuns() {
    int exit = launcher().run("status");

    assertThat(exit).isEqualTo(3);
    assertThat(text(out).lines()).hasSize(8).first().asString().startsWith("PROCESS");
    assertThat(text(out))
        .contains("order-8084", "order-8094", "gateway-8080", "STOPPED")
        .doesNotContain("UP ");
  }

  @Test
  void showsTheUsageAndFailsOnAnUnknownCommand() {
    int exit = launcher().run("start");

    assertThat(exit).isEqualTo(2);
    assertThat(text(err)).contains("Unknown command: start", "Usage: ./ocpizza");
  }

  @Test
  void namesTheProcessesWhenALogIsAskedForByAnAmbiguousName() {
    int exit = launcher().run("logs", "order");

    assertThat(exit).isEqualTo(1);
    assertThat(text(err)).contains("No process named order", "order-8084", "order-8094");
  }

  @Test
  void printsTheUsageOnHelp() {
    assertThat(launcher().run("help")).isZero();
    assertThat(text(out)).contains("up [--port-offset N]", "down", "status", "logs NAME");
  }

  private Launcher launcher() {
    return new Launcher(
        Map.of("OCPIZZA_RUNTIME_DIR", runtime.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
