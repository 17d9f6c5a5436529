package com.ocpizza.infra;

import java.util.List;
import java.util.Optional;

/**
 * One Auto Scaling group: identical instances of one type, each running the same services.
 *
 * @param name short name used for resource ids
 * @param instanceType EC2 instance type, e.g. {@code t3a.small}
 * @param instanceMemoryMb memory of that instance type, shared out among the services
 * @param services what every instance of the group runs, one systemd unit each
 * @param minCapacity instances kept around the clock
 * @param maxCapacity ceiling for scheduled and target-tracking scaling
 * @param eveningPeak the evening scaling, if the group has one
 */
public record HostGroup(
    String name,
    String instanceType,
    int instanceMemoryMb,
    List<Service> services,
    int minCapacity,
    int maxCapacity,
    Optional<EveningPeak> eveningPeak) {

  /** Left to the kernel, the CloudWatch agent and the page cache. */
  static final int SYSTEM_RESERVED_MB = 384;

  public HostGroup {
    services = List.copyOf(services);
    if (services.isEmpty()) {
      throw new IllegalArgumentException("a host group runs at least one service");
    }
    if (minCapacity < 0 || maxCapacity < Math.max(1, minCapacity)) {
      throw new IllegalArgumentException("capacity of " + name + " must satisfy 0 <= min <= max");
    }
  }

  /** A group of t3a.small instances (2 vCPU, 2 GiB) running a single service. */
  static HostGroup small(Service service, int min, int max) {
    return new HostGroup(
        service.id(), "t3a.small", 2048, List.of(service), min, max, Optional.empty());
  }

  HostGroup withEveningPeak(EveningPeak peak) {
    return new HostGroup(
        name,
        instanceType,
        instanceMemoryMb,
        services,
        minCapacity,
        maxCapacity,
        Optional.of(peak));
  }

  /** The systemd memory limit of each of the group's services. */
  int memoryLimitMbPerService() {
    int share = (instanceMemoryMb - SYSTEM_RESERVED_MB) / services.size();
    return share - share % 64;
  }

  /** Heap for each service: 60% of its limit, the rest for metaspace, code cache and threads. */
  int heapMbPerService() {
    int heap = memoryLimitMbPerService() * 6 / 10;
    return heap - heap % 32;
  }

  boolean runs(Service service) {
    return services.contains(service);
  }
}
