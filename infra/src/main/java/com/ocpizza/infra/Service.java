package com.ocpizza.infra;

import java.util.Locale;
import java.util.Optional;

/** A deployable unit of the suite: its jar, its port and the schema it owns, if any. */
public enum Service {
  GATEWAY("gateway-proxy", 8080, null),
  AUTH("service-auth", 8081, "ocpizza_auth"),
  CLIENT("service-client", 8082, "ocpizza_client"),
  STOCK("service-stock", 8083, "ocpizza_stock"),
  ORDER("service-order", 8084, "ocpizza_order"),
  MANAGEMENT("service-management", 8085, "ocpizza_management");

  /** Ports of the services behind the internal load balancer: all but the gateway. */
  static final int FIRST_INTERNAL_PORT = 8081;

  static final int LAST_INTERNAL_PORT = 8085;

  private final String artifactId;
  private final int port;
  private final String schema;

  Service(String artifactId, int port, String schema) {
    this.artifactId = artifactId;
    this.port = port;
    this.schema = schema;
  }

  /** Short lower-case name used in resource names, log groups and secret names. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String jar() {
    return artifactId + ".jar";
  }

  public int port() {
    return port;
  }

  /** The schema this service owns; its database user has the same name. */
  public Optional<String> schema() {
    return Optional.ofNullable(schema);
  }

  /** The environment variable through which the gateway and the other services find it. */
  String urlVariable() {
    return this == ORDER ? "OCPIZZA_ORDER_URLS" : "OCPIZZA_" + name() + "_URL";
  }
}
