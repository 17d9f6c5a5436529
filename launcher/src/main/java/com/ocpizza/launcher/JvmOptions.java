package com.ocpizza.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM options for the seven service processes: small fixed memory pools so that the whole suite
 * idles well under 2 GiB, and the C1 compiler only, which starts and warms up fastest on few cores.
 */
final class JvmOptions {

  /** Heap cap of each service; measured idle heaps stay well below it. */
  static final String MAX_HEAP = "-Xmx176m";

  private JvmOptions() {}

  static List<String> base() {
    List<String> options = new ArrayList<>();
    options.add("-XX:+UseSerialGC");
    options.add("-XX:TieredStopAtLevel=1");
    options.add("-Xss512k");
    options.add("-Xms24m");
    options.add(MAX_HEAP);
    options.add("-XX:MaxMetaspaceSize=160m");
    options.add("-XX:ReservedCodeCacheSize=48m");
    options.add("-XX:MaxDirectMemorySize=64m");
    options.add("-XX:+ExitOnOutOfMemoryError");
    options.add("-Dfile.encoding=UTF-8");
    return options;
  }

  /** A training run: start the application context, record what was loaded into the cache, exit. */
  static List<String> aotTraining(Path cache) {
    return List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh");
  }

  static List<String> aotCache(Path cache) {
    return List.of("-XX:AOTCache=" + cache);
  }
}
