package com.ocpizza.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

  static final Instant NOW = Instant.parse("2026-03-14T19:30:00Z");
  final LoginThrottle throttle =
      new LoginThrottle(
          new LoginProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 3, 5));

  @Test
  void blocksAnAddressAfterTooManyFailuresEvenIfItHasNoAccount() {
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure("ghost@x.fr", "10.0.0." + i, NOW);
    }

    assertThat(throttle.isBlocked("ghost@x.fr", "10.0.0.9", NOW)).isTrue();
    assertThat(throttle.isBlocked("someone@x.fr", "10.0.0.9", NOW)).isFalse();
  }

  @Test
  void blocksAClientTryingManyAddresses() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("user" + i + "@x.fr", "203.0.113.7", NOW);
    }

    assertThat(throttle.isBlocked("new@x.fr", "203.0.113.7", NOW)).isTrue();
    assertThat(throttle.isBlocked("new@x.fr", "203.0.113.8", NOW)).isFalse();
  }

  @Test
  void forgetsFailuresOnceTheyLeaveTheWindow() {
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure("ghost@x.fr", "10.0.0.1", NOW);
    }

    assertThat(throttle.isBlocked("ghost@x.fr", "10.0.0.1", NOW.plus(Duration.ofMinutes(15))))
        .isFalse();
  }
}
