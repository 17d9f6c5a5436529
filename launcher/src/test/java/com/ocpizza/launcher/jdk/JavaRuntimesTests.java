package com.ocpizza.launcher.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTests {

  @TempDir Path jvms;

  @Test
  void picksTheHighestFeatureReleaseInstalled() throws IOException {
    Path jdk17 = runtime("java-17-openjdk", "17.0.15");
    runtime("temurin-25-jdk", "25.0.3");
    runtime("temurin-21-jdk", "21.0.7");

    JavaRuntime selected = new JavaRuntimes(Map.of(), List.of(jvms), jdk17).select();

    assertThat(selected.feature()).isEqualTo(25);
    assertThat(selected.home()).isEqualTo(jvms.resolve("temurin-25-jdk"));
    assertThat(selected.supportsAotCache()).isTrue();
  }

  @Test
  void considersJavaHomeAndTheRunningRuntime() throws IOException {
    Path elsewhere = Files.createDirectories(jvms.resolve("elsewhere"));
    Path javaHome = runtimeIn(elsewhere, "jdk-24", "24.0.1");
    Path current = runtimeIn(elsewhere, "jdk-17", "17.0.2");

    JavaRuntime selected =
        new JavaRuntimes(
                Map.of("JAVA_HOME", javaHome.toString()), List.of(jvms.resolve("missing")), current)
            .select();

    assertThat(selected.feature()).isEqualTo(24);
  }

  @Test
  void usesTheRuntimeNamedByOcpizzaJavaHomeEvenWhenNewerOnesExist() throws IOException {
    Path jdk17 = runtime("java-17-openjdk", "17.0.15");
    runtime("temurin-25-jdk", "25.0.3");

    JavaRuntime selected =
        new JavaRuntimes(Map.of("OCPIZZA_JAVA_HOME", jdk17.toString()), List.of(jvms), jdk17)
            .select();

    assertThat(selected.feature()).isEqualTo(17);
    assertThat(selected.supportsAotCache()).isFalse();
  }

  @Test
  void refusesAnOcpizzaJavaHomeWithoutJava() {
    JavaRuntimes runtimes =
        new JavaRuntimes(
            Map.of("OCPIZZA_JAVA_HOME", jvms.resolve("nothing").toString()), List.of(jvms), jvms);

    assertThatThrownBy(runtimes::select).hasMessageContaining("OCPIZZA_JAVA_HOME");
  }

  @Test
  void skipsFoldersThatHoldNoJavaProgram() throws IOException {
    Files.createDirectories(jvms.resolve("docs-only"));
    Path jdk21 = runtime("temurin-21-jdk", "21.0.7");

    assertThat(new JavaRuntimes(Map.of(), List.of(jvms), jdk21).select().home()).isEqualTo(jdk21);
  }

  @Test
  void asksTheJavaProgramWhenThereIsNoReleaseFile() throws IOException {
    Path home = jvms.resolve("no-release");
    executable(
        home.resolve("bin/java"), "#!/bin/sh\necho 'openjdk version \"21.0.4\" 2024-07-16' >&2\n");

    assertThat(JavaRuntimes.inspect(home)).map(JavaRuntime::feature).hasValue(21);
  }

  @Test
  void readsTheFeatureReleaseOfEveryVersionScheme() {
    assertThat(JavaRuntimes.feature("25.0.3")).isEqualTo(25);
    assertThat(JavaRuntimes.feature("17")).isEqualTo(17);
    assertThat(JavaRuntimes.feature("21-ea")).isEqualTo(21);
    assertThat(JavaRuntimes.feature("1.8.0_392")).isEqualTo(8);
  }

  private Path runtime(String name, String version) throws IOException {
    return runtimeIn(jvms, name, version);
  }

  private static Path runtimeIn(Path folder, String name, String version) throws IOException {
    Path home = folder.resolve(name);
    executable(home.resolve("bin/java"), "#!/bin/sh\nexit 1\n");
    Files.writeString(
        home.resolve("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
    return home;
  }

  private static void executable(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
