package com.ocpizza.launcher;

import com.ocpizza.launcher.process.LogTail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the jars that are missing, with the project's Maven wrapper, before a start. */
final class MavenBuild {

  private MavenBuild() {}

  static List<String> command(List<String> modules) {
    return List.of(
        "./mvnw", "-B", "-q", "-DskipTests", "package", "-pl", String.join(",", modules), "-am");
  }

  static void packageModules(Path projectRoot, List<String> modules, Path log) {
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command(modules))
              .directory(projectRoot.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            "Building "
                + String.join(", ", modules)
                + " failed (exit "
                + exit
                + "); the end of "
                + log
                + ":"
                + System.lineSeparator()
                + LogTail.of(log, 40));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run the Maven wrapper in " + projectRoot, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while building " + modules, e);
    }
  }
}
