package com.ocpizza.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPasswordsTests {

  final CommonPasswords passwords = new CommonPasswords();

  @Test
  void knowsThousandsOfWeakPasswordsWhateverTheirCase() {
    assertThat(passwords.size()).isGreaterThan(5_000);
    assertThat(passwords.contains("MotDePasse2024")).isTrue();
    assertThat(passwords.contains("azertyuiop123")).isTrue();
    assertThat(passwords.contains("123456789012")).isTrue();
    assertThat(passwords.contains("ocpizza2026")).isTrue();
  }

  @Test
  void letsAGenuinePassphraseThrough() {
    assertThat(passwords.contains("Four-pizzas-and-a-calzone")).isFalse();
  }
}
