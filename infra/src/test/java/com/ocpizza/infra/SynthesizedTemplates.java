package com.ocpizza.infra;

import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** Synthesizes each placement once per test JVM: a synth costs seconds, the tests share it. */
public final class SynthesizedTemplates {

  private static Template seed;
  private static Template colocated;
  private static Template cells;

  private SynthesizedTemplates() {}

  public static synchronized Template seed() {
    if (seed == null) {
      seed = synthesize(Topology.seed());
    }
    return seed;
  }

  public static synchronized Template colocated() {
    if (colocated == null) {
      colocated = synthesize(Topology.colocated());
    }
    return colocated;
  }

  public static synchronized Template cells() {
    if (cells == null) {
      cells = synthesize(Topology.cells());
    }
    return cells;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> json(Template template) {
    return (Map<String, Object>) (Map<?, ?>) template.toJSON();
  }

  private static Template synthesize(Topology topology) {
    App app = new App();
    return Template.fromStack(
        new ProductionStack(app, "OcPizzaProduction", topology, ProductionStack.DEFAULT_DOMAIN));
  }
}
