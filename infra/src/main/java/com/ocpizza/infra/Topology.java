package com.ocpizza.infra;

import java.util.List;
import java.util.Optional;

/** How the services are placed on Auto Scaling groups. */
public record Topology(String name, String summary, List<HostGroup> groups) {

  public Topology {
    groups = List.copyOf(groups);
    for (Service service : Service.values()) {
      long hosts = groups.stream().filter(group -> group.runs(service)).count();
      if (hosts != 1) {
        throw new IllegalArgumentException(service + " must run in exactly one group of " + name);
      }
    }
  }

  /**
   * The seed's placement: one t3a.small per service around the clock, order on two instances raised
   * to five for the evening peak. The gateway gets an instance of its own.
   */
  public static Topology seed() {
    return new Topology(
        "seed",
        "one t3a.small per service, order on 2 raised to 5 for the evening peak",
        List.of(
            HostGroup.small(Service.GATEWAY, 1, 2),
            HostGroup.small(Service.AUTH, 1, 2),
            HostGroup.small(Service.CLIENT, 1, 2),
            HostGroup.small(Service.STOCK, 1, 2),
            HostGroup.small(Service.MANAGEMENT, 1, 2),
            HostGroup.small(Service.ORDER, 2, 5).withEveningPeak(EveningPeak.dinner())));
  }

  /**
   * The cheaper placement: the gateway and the four small services share two t3a.medium instances
   * (4 GiB), one per availability zone, so each of them runs twice instead of once; order keeps its
   * own group and its evening peak.
   */
  public static Topology colocated() {
    return new Topology(
        "colocated",
        "gateway, auth, client, stock and management share two t3a.medium instances, one per"
            + " availability zone, so each of them runs twice; order keeps its own group",
        List.of(
            new HostGroup(
                "core",
                "t3a.medium",
                4096,
                List.of(
                    Service.GATEWAY,
                    Service.AUTH,
                    Service.CLIENT,
                    Service.STOCK,
                    Service.MANAGEMENT),
                2,
                3,
                Optional.empty()),
            HostGroup.small(Service.ORDER, 2, 5).withEveningPeak(EveningPeak.dinner())));
  }

  /**
   * Self-contained cells: every instance (t3a.medium) runs the whole suite and its gateway calls
   * the services on the same instance, so no internal load balancer is needed. Two cells around the
   * clock, one per availability zone, five for the evening peak.
   */
  public static Topology cells() {
    return new Topology(
        "cells",
        "every t3a.medium instance runs the whole suite and its gateway calls the services"
            + " beside it: no internal load balancer; two cells, one per availability zone,"
            + " five for the evening peak",
        List.of(
            new HostGroup(
                    "cell", "t3a.medium", 4096, List.of(Service.values()), 2, 5, Optional.empty())
                .withEveningPeak(EveningPeak.dinner())));
  }

  /** Whether every instance runs the whole suite, so calls between services stay local. */
  boolean selfContained() {
    return groups.size() == 1;
  }

  HostGroup groupOf(Service service) {
    return groups.stream().filter(group -> group.runs(service)).findFirst().orElseThrow();
  }
}
