package com.ocpizza.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * The arguments that run this launcher again in another JVM, from its executable jar or from a
 * plain class path (as in the system tests).
 */
final class SelfCommand {

  private SelfCommand() {}

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  static List<String> arguments(String... launcherArguments) {
    String classPath = classPath();
    List<String> arguments = new ArrayList<>();
    arguments.add("-XX:TieredStopAtLevel=1");
    arguments.add("-Xmx64m");
    if (isExecutableJar(classPath)) {
      arguments.add("-jar");
      arguments.add(classPath);
    } else {
      arguments.add("-cp");
      arguments.add(classPath);
      arguments.add(Launcher.class.getName());
    }
    arguments.addAll(List.of(launcherArguments));
    return arguments;
  }

  /**
   * The class path this launcher was loaded from: the JVM's, plus the entries of a class loader
   * that a test runner (such as the JUnit console launcher) made for it.
   */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    if (Launcher.class.getClassLoader() instanceof URLClassLoader loader) {
      for (URL url : loader.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new IllegalStateException("Cannot run the launcher from " + url, e);
        }
      }
    }
    entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    entries.remove("");
    return String.join(File.pathSeparator, entries);
  }

  private static boolean isExecutableJar(String classPath) {
    if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
      return false;
    }
    Path jar = Path.of(classPath);
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest() != null
          && file.getManifest().getMainAttributes().getValue("Start-Class") != null;
    } catch (IOException e) {
      return false;
    }
  }
}
