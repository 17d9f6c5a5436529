package com.ocpizza.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seven processes of the suite, their ports and what each is told about the others: the
 * environment contract every service reads (ARCHITECTURE.md, "Running it").
 */
final class SuiteLayout {

  static final String DATABASE = "database";

  static final ServiceSpec GATEWAY = new ServiceSpec("gateway", "gateway-proxy", 8080, null);

  /** Vite's dev server, which proxies the API to the gateway while the front is worked on. */
  static final String DEV_SERVER = "http://localhost:5173";

  private static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

  static final ServiceSpec AUTH = new ServiceSpec("auth", "service-auth", 8081, "ocpizza_auth");
  static final ServiceSpec CLIENT =
      new ServiceSpec("client", "service-client", 8082, "ocpizza_client");
  static final ServiceSpec STOCK = new ServiceSpec("stock", "service-stock", 8083, "ocpizza_stock");
  static final ServiceSpec ORDER = new ServiceSpec("order", "service-order", 8084, "ocpizza_order");
  static final ServiceSpec ORDER_REPLICA =
      new ServiceSpec("order", "service-order", 8094, "ocpizza_order");
  static final ServiceSpec MANAGEMENT =
      new ServiceSpec("management", "service-management", 8085, "ocpizza_management");

  /** Services first, gateway last: the order the status lists them in. */
  static final List<ServiceSpec> ALL =
      List.of(AUTH, CLIENT, STOCK, ORDER, ORDER_REPLICA, MANAGEMENT, GATEWAY);

  private final int portOffset;

  SuiteLayout(int portOffset) {
    this.portOffset = portOffset;
  }

  int portOffset() {
    return portOffset;
  }

  List<ServiceSpec> specs() {
    return ALL;
  }

  List<String> instanceIds() {
    return ALL.stream().map(spec -> spec.instanceId(portOffset)).toList();
  }

  /** The Maven modules to build, each once. */
  List<String> modules() {
    return ALL.stream().map(ServiceSpec::module).distinct().toList();
  }

  /**
   * The process meant by a name typed by a person: an instance id ({@code order-8094}), a service
   * name when it has one instance ({@code stock}), or an instance id with the base port.
   */
  Optional<ServiceSpec> find(String name) {
    for (ServiceSpec spec : ALL) {
      if (spec.instanceId(portOffset).equals(name) || spec.instanceId(0).equals(name)) {
        return Optional.of(spec);
      }
    }
    List<ServiceSpec> byService = ALL.stream().filter(spec -> spec.service().equals(name)).toList();
    return byService.size() == 1 ? Optional.of(byService.get(0)) : Optional.empty();
  }

  /**
   * The URL people and browsers use, the gateway's: also the issuer of every access token, which
   * auth writes in them and every resource server checks.
   */
  String publicUrl() {
    return "http://localhost:" + GATEWAY.port(portOffset);
  }

  String url(ServiceSpec spec) {
    return spec.url(portOffset);
  }

  /**
   * The variables a process gets on top of the launcher's own environment.
   *
   * @param database the server URL without schema, the user and password of this process's schema
   */
  Map<String, String> environment(
      ServiceSpec spec, Credentials database, String runtimeDir, String serviceSecret) {
    Map<String, String> env = new HashMap<>();
    env.put("SERVER_PORT", Integer.toString(spec.port(portOffset)));
    env.put("OCPIZZA_INSTANCE_ID", spec.instanceId(portOffset));
    env.put("OCPIZZA_RUNTIME_DIR", runtimeDir);
    env.put("SPRING_PROFILES_ACTIVE", "local,demo");
    env.put("OCPIZZA_SERVICE_SECRET", serviceSecret);
    env.put("OCPIZZA_GATEWAY_URL", GATEWAY.url(portOffset));
    env.put("OCPIZZA_AUTH_ISSUER", publicUrl());
    env.put("OCPIZZA_AUTH_URL", AUTH.url(portOffset));
    env.put("OCPIZZA_CLIENT_URL", CLIENT.url(portOffset));
    env.put("OCPIZZA_STOCK_URL", STOCK.url(portOffset));
    env.put(
        "OCPIZZA_ORDER_URLS",
        List.of(ORDER, ORDER_REPLICA).stream()
            .map(order -> order.url(portOffset))
            .collect(Collectors.joining(",")));
    env.put("OCPIZZA_MANAGEMENT_URL", MANAGEMENT.url(portOffset));
    if (spec == AUTH) {
      // The web front is served by the gateway: its sign-in comes back to the gateway's real URL,
      // besides the usual local ones (port 8080, and Vite's dev server for `npm run dev`).
      env.put("OCPIZZA_AUTH_WEBCLIENT_REDIRECTURIS", frontUrls("/app/callback"));
      env.put("OCPIZZA_AUTH_WEBCLIENT_POSTLOGOUTREDIRECTURIS", frontUrls("/app/"));
    }
    if (spec.usesDatabase()) {
      env.put("OCPIZZA_DB_URL", database.url());
      env.put("OCPIZZA_DB_USER", database.user());
      env.put("OCPIZZA_DB_PASSWORD", database.password());
    }
    return env;
  }

  private String frontUrls(String path) {
    return Stream.of(publicUrl(), DEFAULT_PUBLIC_URL, DEV_SERVER)
        .distinct()
        .map(origin -> origin + path)
        .collect(Collectors.joining(","));
  }

  /** How one service reaches its schema. */
  record Credentials(String url, String user, String password) {}
}
