package com.ocpizza.auth.login;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts recent login failures per e-mail address and per client address, in memory, and refuses
 * attempts past the limits until older failures leave the window. Addresses that do not exist are
 * counted too, so the throttle reveals nothing about which ones do.
 */
class LoginThrottle {

  private static final int MAX_KEYS = 100_000;

  private final LoginProperties properties;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(LoginProperties properties) {
    this.properties = properties;
  }

  boolean isBlocked(String email, String clientIp, Instant now) {
    return count("account:" + email, now) >= properties.maxFailuresPerAccount()
        || count("ip:" + clientIp, now) >= properties.maxFailuresPerIp();
  }

  void recordFailure(String email, String clientIp, Instant now) {
    if (failures.size() > MAX_KEYS) {
      failures.keySet().removeIf(key -> count(key, now) == 0);
    }
    add("account:" + email, now);
    add("ip:" + clientIp, now);
  }

  private void add(String key, Instant now) {
    failures.compute(
        key,
        (k, times) -> {
          Deque<Instant> updated = times == null ? new ArrayDeque<>() : times;
          prune(updated, now);
          updated.addLast(now);
          return updated;
        });
  }

  private int count(String key, Instant now) {
    int[] count = {0};
    failures.computeIfPresent(
        key,
        (k, times) -> {
          prune(times, now);
          count[0] = times.size();
          return times.isEmpty() ? null : times;
        });
    return count[0];
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant oldestKept = now.minus(properties.window());
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
      times.removeFirst();
    }
  }
}
