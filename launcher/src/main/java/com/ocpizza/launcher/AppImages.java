package com.ocpizza.launcher;

import com.ocpizza.launcher.jdk.JavaRuntime;
import com.ocpizza.launcher.process.LogTail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Turns each service's executable jar into what starts fastest: the jar unpacked by Spring Boot's
 * {@code tools} jar mode (plain class-path jars, which the JVM's class data sharing can cache), and
 * on Java 25 and later an AOT cache recorded by one training run. Both are redone when the jar or
 * the runtime changes.
 */
final class AppImages {

  private static final int UNPACK_ATTEMPTS = 3;

  private final RuntimeFolder folder;
  private final JavaRuntime runtime;

  AppImages(RuntimeFolder folder, JavaRuntime runtime) {
    this.folder = folder;
    this.runtime = runtime;
  }

  /**
   * The unpacked application jar of the module, unpacking the built jar if it changed. A jar being
   * rewritten by a build meanwhile is unpacked again once it holds still.
   */
  Path unpacked(String module, Path builtJar) {
    Path stamp = folder.apps().resolve(module + ".stamp");
    Path application = folder.apps().resolve(module).resolve(module + ".jar");
    for (int attempt = 1; ; attempt++) {
      String before = stampOf(builtJar);
      if (Files.isRegularFile(application) && before.equals(read(stamp))) {
        return application;
      }
      try {
        extract(module, builtJar);
        if (before.equals(stampOf(builtJar))) {
          write(stamp, before);
          return application;
        }
      } catch (IllegalStateException e) {
        if (attempt >= UNPACK_ATTEMPTS || before.equals(stampOf(builtJar))) {
          throw e;
        }
      }
    }
  }

  private void extract(String module, Path builtJar) {
    Path destination = folder.apps().resolve(module);
    Path log = folder.logs().resolve("unpack-" + module + ".log");
    try {
      deleteRecursively(destination);
      Files.deleteIfExists(aotCache(module));
      Files.createDirectories(folder.apps());
      Files.createDirectories(folder.logs());
      Process process =
          new ProcessBuilder(
                  runtime.java().toString(),
                  "-Djarmode=tools",
                  "-jar",
                  builtJar.toString(),
                  "extract",
                  "--destination",
                  destination.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "Could not unpack " + builtJar + ":" + System.lineSeparator() + LogTail.of(log, 20));
      }
      if (!Files.isRegularFile(destination.resolve(module + ".jar"))) {
        throw new IllegalStateException("Unpacking " + builtJar + " made no " + module + ".jar");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while unpacking " + builtJar, e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the module's AOT cache is, or would be once trained. */
  Path aotCache(String module) {
    return folder.aot().resolve(module + ".aot");
  }

  /** Whether a cache recorded on this runtime from the current unpacked jar exists. */
  boolean hasAotCache(String module) {
    return runtime.supportsAotCache()
        && Files.isRegularFile(aotCache(module))
        && aotStampWanted(module).equals(read(aotStamp(module)));
  }

  /** Clears the way for a training run and notes what the coming cache is made from. */
  void prepareAotFolder(String module) {
    try {
      Files.createDirectories(folder.aot());
      Files.deleteIfExists(aotCache(module));
      Files.writeString(aotStamp(module), aotStampWanted(module));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path aotStamp(String module) {
    return folder.aot().resolve(module + ".stamp");
  }

  private String aotStampWanted(String module) {
    return read(folder.apps().resolve(module + ".stamp"))
        + " "
        + runtime.home()
        + " "
        + String.join(" ", JvmOptions.base(runtime));
  }

  private static String stampOf(Path jar) {
    try {
      return Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file).trim() : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      List<Path> paths = tree.sorted(Comparator.reverseOrder()).toList();
      for (Path each : paths) {
        Files.delete(each);
      }
    }
  }
}
