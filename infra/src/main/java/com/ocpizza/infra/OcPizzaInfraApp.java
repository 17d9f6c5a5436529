package com.ocpizza.infra;

import java.util.Optional;
import software.amazon.awscdk.App;

/**
 * Entry point of the CDK app ({@code cdk.json}): synthesizes the production stack.
 *
 * <p>Context: {@code domainName} (default {@value ProductionStack#DEFAULT_DOMAIN}) and {@code
 * topology} ({@code seed}, the default, or {@code colocated}).
 */
public final class OcPizzaInfraApp {

  public static final String STACK_NAME = "OcPizzaProduction";

  private OcPizzaInfraApp() {}

  public static void main(String[] args) {
    App app = new App();
    String domainName = context(app, "domainName").orElse(ProductionStack.DEFAULT_DOMAIN);
    Topology topology =
        context(app, "topology").filter("colocated"::equals).isPresent()
            ? Topology.colocated()
            : Topology.seed();
    new ProductionStack(
        app, STACK_NAME, topology, domainName, System.getenv("CDK_DEFAULT_ACCOUNT"));
    app.synth();
  }

  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(Object::toString);
  }
}
