package com.ocpizza.launcher.jdk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Picks the Java runtime the services run on. The launcher itself may run on any Java 17, but the
 * services start faster and leaner on the newest runtime installed, so every usual place is looked
 * at and the highest feature release wins; {@code OCPIZZA_JAVA_HOME} names one explicitly.
 */
public final class JavaRuntimes {

  /** Where Debian, Ubuntu and most JDK packages install runtimes. */
  public static final Path SYSTEM_JVMS = Path.of("/usr/lib/jvm");

  private static final Pattern RELEASE_VERSION =
      Pattern.compile("^JAVA_VERSION=\"([^\"]+)\"", Pattern.MULTILINE);
  private static final Pattern VERSION_OUTPUT = Pattern.compile("version \"([^\"]+)\"");

  private final Map<String, String> environment;
  private final List<Path> installFolders;
  private final Path currentHome;

  JavaRuntimes(Map<String, String> environment, List<Path> installFolders, Path currentHome) {
    this.environment = environment;
    this.installFolders = installFolders;
    this.currentHome = currentHome;
  }

  /** Looks in {@code /usr/lib/jvm}, {@code JAVA_HOME} and the runtime running this code. */
  public static JavaRuntimes of(Map<String, String> environment) {
    return new JavaRuntimes(
        environment, List.of(SYSTEM_JVMS), Path.of(System.getProperty("java.home")));
  }

  /** The runtime named by {@code OCPIZZA_JAVA_HOME}, else the newest one found. */
  public JavaRuntime select() {
    String explicit = environment.get("OCPIZZA_JAVA_HOME");
    if (explicit != null && !explicit.isBlank()) {
      Path home = Path.of(explicit);
      return inspect(home)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "OCPIZZA_JAVA_HOME is " + explicit + ", which holds no usable bin/java"));
    }
    return candidates().stream()
        .map(JavaRuntimes::inspect)
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(JavaRuntime::feature))
        .orElseThrow(() -> new IllegalStateException("No Java runtime found"));
  }

  private List<Path> candidates() {
    Map<Path, Path> byRealPath = new LinkedHashMap<>();
    List<Path> homes = new ArrayList<>();
    for (Path folder : installFolders) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> children = Files.list(folder)) {
          children.sorted().forEach(homes::add);
        } catch (IOException e) {
          throw new IllegalStateException("Cannot list " + folder, e);
        }
      }
    }
    String javaHome = environment.get("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      homes.add(Path.of(javaHome));
    }
    homes.add(currentHome);
    for (Path home : homes) {
      if (Files.isExecutable(home.resolve("bin").resolve("java"))) {
        byRealPath.putIfAbsent(realPath(home), home);
      }
    }
    return List.copyOf(byRealPath.values());
  }

  private static Path realPath(Path home) {
    try {
      return home.toRealPath();
    } catch (IOException e) {
      return home.toAbsolutePath().normalize();
    }
  }

  /** The runtime in this folder, if it holds a java program whose version can be told. */
  static Optional<JavaRuntime> inspect(Path home) {
    Path java = home.resolve("bin").resolve("java");
    if (!Files.isExecutable(java)) {
      return Optional.empty();
    }
    OptionalInt feature = releaseFileFeature(home);
    if (feature.isEmpty()) {
      feature = versionOutputFeature(java);
    }
    return feature.isPresent()
        ? Optional.of(new JavaRuntime(home, feature.getAsInt()))
        : Optional.empty();
  }

  private static OptionalInt releaseFileFeature(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return OptionalInt.empty();
    }
    try {
      Matcher matcher = RELEASE_VERSION.matcher(Files.readString(release));
      return matcher.find() ? OptionalInt.of(feature(matcher.group(1))) : OptionalInt.empty();
    } catch (IOException | IllegalArgumentException e) {
      return OptionalInt.empty();
    }
  }

  private static OptionalInt versionOutputFeature(Path java) {
    try {
      Process process =
          new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return OptionalInt.empty();
      }
      Matcher matcher = VERSION_OUTPUT.matcher(output);
      return matcher.find() ? OptionalInt.of(feature(matcher.group(1))) : OptionalInt.empty();
    } catch (IOException | IllegalArgumentException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  /** The feature release of a version string: {@code 25.0.3} is 25, {@code 1.8.0_392} is 8. */
  static int feature(String version) {
    String[] parts = version.split("[^0-9]+", -1);
    if (parts.length == 0 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("Not a Java version: " + version);
    }
    int first = Integer.parseInt(parts[0]);
    if (first == 1 && parts.length > 1 && !parts[1].isEmpty()) {
      return Integer.parseInt(parts[1]);
    }
    return first;
  }
}
