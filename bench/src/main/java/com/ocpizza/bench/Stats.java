package com.ocpizza.bench;

/**
 * What one run measured for the requests that count.
 *
 * @param requests requests sent
 * @param errors requests that failed a check or got no answer
 * @param p50Millis median response time
 * @param p99Millis 99th percentile of response time
 * @param throughput requests answered per second over the run
 */
record Stats(long requests, long errors, long p50Millis, long p99Millis, double throughput) {

  static final Stats NONE = new Stats(0, 0, 0, 0, 0);

  double errorRate() {
    return requests == 0 ? 0 : (double) errors / requests;
  }

  /** Under the bound with fewer than 0.1 % errors, and something was measured at all. */
  boolean sustainable(int p99BoundMillis) {
    return requests > 0 && errorRate() < 0.001 && p99Millis < p99BoundMillis;
  }
}
