package com.ocpizza.launcher;

import java.nio.file.Path;

/**
 * One process of the suite as laid out on a developer's machine.
 *
 * @param service the service name, which starts its instance id ({@code order-8094})
 * @param module the Maven module that builds its jar
 * @param basePort its port before any offset
 * @param schema its database schema and user, or {@code null} for the gateway
 */
record ServiceSpec(String service, String module, int basePort, String schema) {

  boolean usesDatabase() {
    return schema != null;
  }

  int port(int portOffset) {
    return basePort + portOffset;
  }

  /** The id the process answers with in {@code X-Instance-Id}: service and real port. */
  String instanceId(int portOffset) {
    return service + "-" + port(portOffset);
  }

  String url(int portOffset) {
    return "http://127.0.0.1:" + port(portOffset);
  }

  Path jar(Path projectRoot) {
    return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
  }
}
