package com.ocpizza.bench;

/**
 * The scenarios of the benchmark, with the request whose latency counts, the p99 bound a rate must
 * keep to be called sustainable, and the service the direct target calls.
 */
enum Scenario {
  S1_MENU("S1 menu with availability", "menu", 50, "stock"),
  S2_ORDER("S2 place order", "place order", 200, "order"),
  S2_HOT("S2-hot scarce ingredient", "place hot order", 200, "order"),
  S3_STATUS("S3 staff status update", "status", 100, "order"),
  S4_DASHBOARD("S4 manager dashboard", "dashboard", 100, "management"),
  MIX("Mix 10:1:2:0.1", null, 200, null);

  private final String title;
  private final String measuredRequest;
  private final int p99BoundMillis;
  private final String service;

  Scenario(String title, String measuredRequest, int p99BoundMillis, String service) {
    this.title = title;
    this.measuredRequest = measuredRequest;
    this.p99BoundMillis = p99BoundMillis;
    this.service = service;
  }

  String title() {
    return title;
  }

  /** The request name whose statistics count, or null for all requests. */
  String measuredRequest() {
    return measuredRequest;
  }

  int p99BoundMillis() {
    return p99BoundMillis;
  }

  /** The service a direct run calls; null when the scenario spans several. */
  String service() {
    return service;
  }

  boolean placesOrders() {
    return this != S1_MENU && this != S4_DASHBOARD;
  }
}
