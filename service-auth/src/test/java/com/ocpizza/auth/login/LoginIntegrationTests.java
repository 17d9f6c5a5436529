package com.ocpizza.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.auth.AuthIntegrationTest;
import com.ocpizza.auth.Browser;
import com.ocpizza.auth.account.Account;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login form: languages, CSRF, generic refusals, lock after repeated failures, audit. */
class LoginIntegrationTests extends AuthIntegrationTest {

  @Test
  void showsTheLoginPageInFrenchByDefaultAndInEnglishOnRequest() throws Exception {
    HttpResponse<String> french = browser().get("/login");
    assertThat(french.statusCode()).isEqualTo(200);
    assertThat(french.body()).contains("lang=\"fr\"").contains("Mot de passe").contains("_csrf");

    assertThat(browser().get("/login?lang=en").body()).contains("lang=\"en\"").contains("Password");

    HttpResponse<String> preferred =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Accept-Language", "en-GB,en;q=0.9")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(preferred.body()).contains("Log in");
  }

  @Test
  void refusesALoginFormPostedWithoutItsCsrfToken() {
    String email = email("customer");
    customer(email);

    HttpResponse<String> response =
        browser().postForm("/login", Map.of("username", email, "password", PASSWORD));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aWrongPasswordAndAnUnknownAddressAreRefusedAlike() {
    String email = email("customer");
    customer(email);

    HttpResponse<String> wrongPassword = browser().logIn(email, "not-the-password-at-all");
    HttpResponse<String> unknownAddress = browser().logIn(email("nobody"), PASSWORD);

    assertThat(Browser.location(wrongPassword)).endsWith("/login?error");
    assertThat(Browser.location(unknownAddress)).isEqualTo(Browser.location(wrongPassword));
  }

  @Test
  void locksTheAccountAfterFiveFailuresAndRefusesEvenTheRightPasswordMeanwhile() {
    String email = email("pizzaiolo");
    Account account = customer(email);

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(Browser.location(browser().logIn(email, "wrong-password-" + attempt)))
          .endsWith("/login?error");
    }
    HttpResponse<String> rightPassword = browser().logIn(email, PASSWORD);

    assertThat(Browser.location(rightPassword)).endsWith("/login?error");
    assertThat(accounts.findByEmail(email).orElseThrow().isLockedAt(java.time.Instant.now()))
        .isTrue();
    assertThat(outcomesOf(account))
        .containsExactly(
            "FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "LOCKED", "REFUSED_LOCKED");
  }

  @Test
  void auditsASuccessfulLogin() {
    String email = email("customer");
    Account account = customer(email);

    HttpResponse<String> login = browser().logIn(email, PASSWORD);

    assertThat(Browser.location(login)).doesNotContain("error");
    assertThat(outcomesOf(account)).containsExactly("SUCCESS");
  }

  private List<String> outcomesOf(Account account) {
    return jdbc.sql("SELECT outcome FROM login_audit WHERE account_id = ? ORDER BY id")
        .param(account.id())
        .query(String.class)
        .list();
  }
}
