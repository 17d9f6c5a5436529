package com.ocpizza.launcher;

import com.ocpizza.launcher.jdk.JavaRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JVM options for the seven service processes: small fixed memory pools so that the whole suite
 * idles well under 2 GiB, and the C1 compiler only, which starts and warms up fastest on few cores.
 */
final class JvmOptions {

  /** Heap cap of each service; measured idle heaps stay well below it. */
  static final String MAX_HEAP = "-Xmx176m";

  private JvmOptions() {}

  static List<String> base(JavaRuntime runtime) {
    List<String> options = new ArrayList<>();
    options.add("-XX:+UseSerialGC");
    // Give heap back after a collection instead of keeping what start-up needed.
    options.add("-XX:MinHeapFreeRatio=10");
    options.add("-XX:MaxHeapFreeRatio=30");
    options.add("-XX:TieredStopAtLevel=1");
    options.add("-Xss512k");
    options.add("-Xms24m");
    options.add(MAX_HEAP);
    // A cap, not a reservation: the services use ~100 MB, and an AOT cache is only written when
    // the classes it holds fit in a space derived from this size.
    options.add("-XX:MaxMetaspaceSize=256m");
    options.add("-XX:ReservedCodeCacheSize=48m");
    options.add("-XX:MaxDirectMemorySize=64m");
    options.add("-XX:+ExitOnOutOfMemoryError");
    options.add("-Dfile.encoding=UTF-8");
    if (runtime.feature() >= 22) {
      options.add("-XX:TrimNativeHeapInterval=10000");
    }
    return options;
  }

  /**
   * Environment for the service JVMs: two malloc arenas instead of one per core and thread burst,
   * which keeps native memory of idle JVMs down.
   */
  static Map<String, String> environment() {
    return Map.of("MALLOC_ARENA_MAX", "2");
  }

  /** A training run: start the application context, record what was loaded into the cache, exit. */
  static List<String> aotTraining(Path cache) {
    return List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh");
  }

  static List<String> aotCache(Path cache) {
    return List.of("-XX:AOTCache=" + cache);
  }
}
