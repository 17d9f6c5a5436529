package com.ocpizza.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One Gatling run: which scenario, against which entry point, at which arrival rate for how long,
 * and the data it needs. {@link BenchSimulation} reads the current plan, as Gatling instantiates
 * simulations by class name.
 *
 * @param scenario what the virtual users do
 * @param target where the requests go
 * @param rate new users per second (open model)
 * @param duration how long users keep arriving
 * @param data the pizzeria, products and tokens the users use
 */
record Plan(Scenario scenario, Target target, double rate, Duration duration, Data data) {

  private static volatile Plan current;

  /** What every scenario needs from the suite, fetched once before the runs. */
  record Data(
      long pizzeriaId,
      List<Long> pizzaIds,
      long hotProductId,
      String managerToken,
      Queue<String> acceptedHotOrders) {

    static Data of(long pizzeriaId, List<Long> pizzaIds, long hotProductId, String managerToken) {
      return new Data(
          pizzeriaId,
          List.copyOf(pizzaIds),
          hotProductId,
          managerToken,
          new ConcurrentLinkedQueue<>());
    }

    /** The same data with a fresh token for the manager. */
    Data withManagerToken(String token) {
      return new Data(pizzeriaId, pizzaIds, hotProductId, token, acceptedHotOrders);
    }
  }

  /** The base URL of a service's API as this plan's target reaches it. */
  URI base(String service) {
    return target.base(service);
  }

  static Plan current() {
    Plan plan = current;
    if (plan == null) {
      throw new IllegalStateException("No benchmark plan set before the simulation started");
    }
    return plan;
  }

  static void use(Plan plan) {
    current = plan;
  }
}
