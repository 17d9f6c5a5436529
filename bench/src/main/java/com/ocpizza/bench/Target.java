package com.ocpizza.bench;

import java.net.URI;
import java.util.Map;

/**
 * An entry point of the API: the gateway, nginx in front of the same services, or each service
 * directly (one order replica, as the other proxies balance over two).
 *
 * @param name {@code gateway}, {@code nginx} or {@code direct}
 * @param bases the base URL of each service ({@code stock}, {@code order}, {@code management})
 */
record Target(String name, Map<String, URI> bases) {

  static Target single(String name, URI base) {
    return new Target(name, Map.of("stock", base, "order", base, "management", base));
  }

  URI base(String service) {
    URI base = bases.get(service);
    if (base == null) {
      throw new IllegalArgumentException(name + " has no route to " + service);
    }
    return base;
  }
}
