package com.ocpizza.bench;

import java.time.Duration;

/**
 * How long and how hard a benchmark run is: the quick run checks the whole chain in a few minutes;
 * the full run steps each scenario further with longer steps.
 *
 * @param name {@code quick} or {@code full}
 * @param warmUp how long each scenario and target runs at half the first rate, unmeasured
 * @param step how long users arrive at one rate
 * @param maxSteps how many rates are tried per scenario and target at most
 * @param growth the factor from one rate to the next
 * @param sysbenchSeconds how long each sysbench test runs
 * @param hotOrders how many orders compete for the scarce ingredient
 * @param mix how long the mix runs
 * @param history whether S4 gets three years of generated history first
 */
record Settings(
    String name,
    Duration warmUp,
    Duration step,
    int maxSteps,
    double growth,
    int sysbenchSeconds,
    int hotOrders,
    Duration mix,
    boolean history) {

  static final Settings QUICK =
      new Settings(
          "quick",
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          3,
          2.0,
          10,
          60,
          Duration.ofSeconds(10),
          false);
  static final Settings FULL =
      new Settings(
          "full",
          Duration.ofSeconds(20),
          Duration.ofSeconds(20),
          8,
          1.5,
          30,
          300,
          Duration.ofSeconds(60),
          true);

  /** A few seconds per scenario, for the smoke test of the build. */
  static final Settings SMOKE =
      new Settings(
          "smoke",
          Duration.ofSeconds(2),
          Duration.ofSeconds(3),
          1,
          1.0,
          0,
          20,
          Duration.ofSeconds(3),
          false);

  /** The first rate tried, in users per second. */
  static double startRate(Scenario scenario) {
    return switch (scenario) {
      case S1_MENU -> 50;
      case S2_ORDER, S2_HOT -> 10;
      case S3_STATUS -> 10;
      case S4_DASHBOARD -> 5;
      case MIX -> 30;
    };
  }
}
