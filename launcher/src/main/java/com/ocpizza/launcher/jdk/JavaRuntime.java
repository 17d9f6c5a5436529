package com.ocpizza.launcher.jdk;

import java.nio.file.Path;

/**
 * An installed Java runtime and its feature release, which decides the start-up options the
 * services get (an AOT cache from 25 on).
 *
 * @param home the runtime's home folder, holding {@code bin/java}
 * @param feature the feature release, e.g. 17 or 25
 */
public record JavaRuntime(Path home, int feature) {

  /** The {@code java} program of this runtime. */
  public Path java() {
    return home.resolve("bin").resolve("java");
  }

  /** Whether the JVM can record and reuse an ahead-of-time cache (JEP 483 and 514). */
  public boolean supportsAotCache() {
    return feature >= 25;
  }

  /** Whether the JVM has virtual threads. */
  public boolean supportsVirtualThreads() {
    return feature >= 21;
  }

  @Override
  public String toString() {
    return "Java " + feature + " (" + home + ")";
  }
}
