package com.ocpizza.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.jdk.JavaRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JvmOptionsTests {

  @Test
  void capsEveryMemoryPoolOfAService() {
    assertThat(JvmOptions.base(new JavaRuntime(Path.of("/jdk"), 17)))
        .contains(
            "-XX:+UseSerialGC",
            "-Xmx176m",
            "-Xss512k",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:TieredStopAtLevel=1");
  }

  @Test
  void trimsTheNativeHeapOnlyOnRuntimesThatCan() {
    assertThat(JvmOptions.base(new JavaRuntime(Path.of("/jdk"), 17)))
        .noneMatch(option -> option.startsWith("-XX:TrimNativeHeapInterval"));
    assertThat(JvmOptions.base(new JavaRuntime(Path.of("/jdk"), 25)))
        .contains("-XX:TrimNativeHeapInterval=10000");
  }

  @Test
  void trainsAnAotCacheByStartingTheContextOnce() {
    assertThat(JvmOptions.aotTraining(Path.of("aot/service-order.aot")))
        .containsExactly(
            "-XX:AOTCacheOutput=aot/service-order.aot", "-Dspring.context.exit=onRefresh");
  }
}
