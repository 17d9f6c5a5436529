package com.ocpizza.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the highest sustainable rate of one scenario at one target: runs it at rising arrival rates
 * until a step misses the p99 bound or has 0.1 % errors or more, or the steps run out.
 */
final class Stepping {

  /** One rate tried and what it measured. */
  record Step(double rate, Stats stats, Path report, boolean sustainable) {}

  /** Every step tried, and the highest sustainable one (null when even the first was not). */
  record Outcome(Scenario scenario, String target, List<Step> steps, Step best) {

    /** Whether the last step tried was still sustainable: the real limit lies higher. */
    boolean limitNotReached() {
      return !steps.isEmpty() && steps.get(steps.size() - 1).sustainable();
    }
  }

  private Stepping() {}

  static Outcome find(
      Scenario scenario,
      Target target,
      Plan.Data data,
      Settings settings,
      Path results,
      Consumer<String> progress) {
    List<Step> steps = new ArrayList<>();
    Step best = null;
    double rate = Settings.startRate(scenario);
    // The services run C1-compiled code with small heaps: the first seconds of a new kind of
    // request warm them up and would count against the first step.
    GatlingRun.run(
        new Plan(scenario, target, rate / 2, settings.warmUp(), data),
        results.resolve("warm-up"),
        "warm-up " + scenario.title() + " " + target.name());
    for (int i = 0; i < settings.maxSteps(); i++) {
      Plan plan = new Plan(scenario, target, rate, settings.step(), data);
      String label = scenario.name().toLowerCase() + "-" + target.name() + "-" + Math.round(rate);
      GatlingRun.Result result =
          GatlingRun.run(plan, results.resolve("gatling"), scenario.title() + " " + label);
      boolean sustainable = result.stats().sustainable(scenario.p99BoundMillis());
      Step step = new Step(rate, result.stats(), result.report(), sustainable);
      steps.add(step);
      progress.accept(
          String.format(
              "  %-28s %-8s %7.1f/s  p50 %5d ms  p99 %5d ms  errors %d/%d  %s",
              scenario.title(),
              target.name(),
              rate,
              step.stats().p50Millis(),
              step.stats().p99Millis(),
              step.stats().errors(),
              step.stats().requests(),
              sustainable ? "ok" : "over the bound"));
      if (!sustainable) {
        break;
      }
      best = step;
      rate = rate * settings.growth();
    }
    return new Outcome(scenario, target.name(), steps, best);
  }
}
