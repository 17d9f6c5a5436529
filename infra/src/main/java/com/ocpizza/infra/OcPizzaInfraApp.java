package com.ocpizza.infra;

import java.util.Optional;
import software.amazon.awscdk.App;

/**
 * Entry point of the CDK app ({@code cdk.json}): synthesizes the production stack.
 *
 * <p>Context: {@code domainName} (default {@value ProductionStack#DEFAULT_DOMAIN}) and {@code
 * topology} ({@code seed}, the default, {@code colocated} or {@code cells}).
 */
public final class OcPizzaInfraApp {

  public static final String STACK_NAME = "OcPizzaProduction";

  private OcPizzaInfraApp() {}

  public static void main(String[] args) {
    App app = new App();
    String domainName = context(app, "domainName").orElse(ProductionStack.DEFAULT_DOMAIN);
    Topology topology =
        switch (context(app, "topology").orElse("seed")) {
          case "seed" -> Topology.seed();
          case "colocated" -> Topology.colocated();
          case "cells" -> Topology.cells();
          default -> throw new IllegalArgumentException("topology is seed, colocated or cells");
        };
    new ProductionStack(
        app, STACK_NAME, topology, domainName, System.getenv("CDK_DEFAULT_ACCOUNT"));
    app.synth();
  }

  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(Object::toString);
  }
}
