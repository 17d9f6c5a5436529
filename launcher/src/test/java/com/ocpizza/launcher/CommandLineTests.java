package com.ocpizza.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTests {

  @Test
  void readsThePortOffsetOfUp() {
    CommandLine up = CommandLine.parse("up", "--port-offset", "10000");

    assertThat(up.command()).isEqualTo("up");
    assertThat(up.intOption("port-offset")).hasValue(10000);
    assertThat(up.intOption("timeout")).isEmpty();
  }

  @Test
  void acceptsOptionsWrittenWithAnEqualsSign() {
    assertThat(CommandLine.parse("up", "--timeout=90").intOption("timeout")).hasValue(90);
  }

  @Test
  void takesTheProcessNameOfLogs() {
    CommandLine logs = CommandLine.parse("logs", "order-8094", "--lines", "20");

    assertThat(logs.operands()).containsExactly("order-8094");
    assertThat(logs.intOption("lines")).hasValue(20);
  }

  @Test
  void showsHelpWhenGivenNothing() {
    assertThat(CommandLine.parse().command()).isEqualTo("help");
    assertThat(CommandLine.parse("--help").command()).isEqualTo("help");
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> CommandLine.parse("start")).hasMessageContaining("Unknown command");
    assertThatThrownBy(() -> CommandLine.parse("down", "--port-offset", "1"))
        .hasMessageContaining("down has no option --port-offset");
    assertThatThrownBy(() -> CommandLine.parse("logs")).hasMessageContaining("one process name");
    assertThatThrownBy(() -> CommandLine.parse("status", "stock"))
        .hasMessageContaining("takes no argument");
    assertThatThrownBy(() -> CommandLine.parse("up", "--timeout"))
        .hasMessageContaining("needs a value");
  }

  @Test
  void refusesPortOffsetsThatAreNotPositiveNumbers() {
    assertThatThrownBy(
            () -> CommandLine.parse("up", "--port-offset", "ten").intOption("port-offset"))
        .hasMessageContaining("needs a number");
    assertThatThrownBy(
            () -> CommandLine.parse("up", "--port-offset", "-1").intOption("port-offset"))
        .hasMessageContaining("must not be negative");
  }
}
