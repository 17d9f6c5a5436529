package com.ocpizza.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The folder a running suite keeps its state in ({@code .ocpizza/} at the project root): pid files,
 * logs, generated passwords, unpacked jars, AOT caches and the embedded database's data.
 */
final class RuntimeFolder {

  private final Path root;

  RuntimeFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  Path pids() {
    return root.resolve("run");
  }

  Path logs() {
    return root.resolve("logs");
  }

  Path apps() {
    return root.resolve("apps");
  }

  Path aot() {
    return root.resolve("aot");
  }

  Path mariadb() {
    return root.resolve("mariadb");
  }

  Path secrets() {
    return root.resolve("secrets.properties");
  }

  private Path state() {
    return root.resolve("suite.properties");
  }

  /** What {@code up} chose, so that {@code status} and {@code down} see the same suite. */
  Properties readState() {
    Properties state = new Properties();
    if (Files.isRegularFile(state())) {
      try (InputStream in = Files.newInputStream(state())) {
        state.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return state;
  }

  void writeState(Properties state) {
    try {
      Files.createDirectories(root);
      try (OutputStream out = Files.newOutputStream(state())) {
        state.store(out, "Written by ./ocpizza up");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
