package com.ocpizza.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTests {

  static final Instant NOW = Instant.parse("2026-03-14T19:30:00Z");

  static Account customer() {
    return Account.customer(
        " Chloe.Dubois@Example.FR ", "{bcrypt}hash", new PersonName("Chloé", "Dubois"), null, NOW);
  }

  @Test
  void storesTheEmailTrimmedAndLowerCaseAndGetsARandomPublicId() {
    Account account = customer();

    assertThat(account.email()).isEqualTo("chloe.dubois@example.fr");
    assertThat(account.publicId()).hasSize(36).isNotEqualTo(customer().publicId());
  }

  @Test
  void locksForFifteenMinutesOnTheFifthFailureInARow() {
    Account account = customer();

    for (int i = 1; i <= 4; i++) {
      assertThat(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isFalse();
    }
    assertThat(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isTrue();

    assertThat(account.canLogInAt(NOW.plusSeconds(14 * 60))).isFalse();
    assertThat(account.canLogInAt(NOW.plusSeconds(15 * 60))).isTrue();
  }

  @Test
  void aSuccessfulLoginForgetsEarlierFailures() {
    Account account = customer();
    account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
    account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));

    account.recordSuccessfulLogin();

    assertThat(account.failedLogins()).isZero();
  }

  @Test
  void aDisabledAccountCannotLogIn() {
    Account account = customer();

    account.disable("admin-id", NOW);

    assertThat(account.canLogInAt(NOW)).isFalse();
    assertThat(account.disabledAt()).isEqualTo(NOW);
  }

  @Test
  void staffWithoutAPasswordCannotLogInUntilTheyChooseOne() {
    Account courier =
        Account.staff(
            "courier@ocpizza.fr",
            null,
            new PersonName("Karim", "B"),
            null,
            EnumSet.of(Role.COURIER),
            2L,
            NOW);

    assertThat(courier.canLogInAt(NOW)).isFalse();
    courier.changePassword("{bcrypt}new");
    assertThat(courier.canLogInAt(NOW)).isTrue();
  }

  @Test
  void pizzeriaStaffBelongToOnePizzeriaAndAdminsToNone() {
    PersonName name = new PersonName("A", "B");
    assertThatThrownBy(
            () -> Account.staff("x@y.fr", null, name, null, EnumSet.of(Role.COUNTER), null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Account.staff("x@y.fr", null, name, null, EnumSet.of(Role.ADMIN), 1L, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Account.staff("x@y.fr", null, name, null, EnumSet.of(Role.CUSTOMER), null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
