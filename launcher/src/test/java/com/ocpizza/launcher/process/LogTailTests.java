package com.ocpizza.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTests {

  @TempDir Path logs;

  @Test
  void showsTheLastLinesOfALog() throws IOException {
    Path log = logs.resolve("stock-8083.log");
    Files.writeString(
        log,
        IntStream.rangeClosed(1, 500)
            .mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n", "", "\n")));

    assertThat(LogTail.of(log, 3).lines()).containsExactly("line 498", "line 499", "line 500");
  }

  @Test
  void saysSoWhenThereIsNoLog() {
    assertThat(LogTail.of(logs.resolve("missing.log"), 10)).startsWith("(no log at");
  }
}
