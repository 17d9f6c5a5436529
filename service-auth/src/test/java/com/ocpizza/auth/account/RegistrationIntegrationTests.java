package com.ocpizza.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.auth.AuthIntegrationTest;
import com.ocpizza.auth.Browser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sign-up, the caller's account, password change and reset, over HTTP on the real database. */
class RegistrationIntegrationTests extends AuthIntegrationTest {

  private static final Pattern RESET_TOKEN =
      Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

  @Test
  void registersACustomerAndAnnouncesIt() {
    String email = email("new.customer");

    HttpResponse<String> response = register("  " + email.toUpperCase() + " ", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(202);
    Account account = accounts.findByEmail(email).orElseThrow();
    assertThat(account.roles()).containsExactly(Role.CUSTOMER);
    assertThat(account.publicId()).matches("[0-9a-f-]{36}");
    String payload =
        jdbc.sql(
                "SELECT payload FROM event_outbox WHERE type = 'UserRegistered' AND aggregate_id = ?")
            .param(account.publicId())
            .query(String.class)
            .single();
    assertThat(payload)
        .contains("\"userId\":\"" + account.publicId() + "\"")
        .contains("\"email\":\"" + email + "\"")
        .contains("\"firstName\":\"Chloé\"")
        .contains("\"phone\":\"+33 6 12 34 56 78\"")
        .contains("registeredAt");
    assertThat(mailsTo(email)).hasSize(1);
  }

  @Test
  void answersAnExistingAddressExactlyAsANewOneAndWarnsItsOwnerByMail() {
    String email = email("existing");
    Account existing = customer(email);

    HttpResponse<String> again = register(email, "Another-long-passphrase-9");
    HttpResponse<String> fresh = register(email("fresh"), "Another-long-passphrase-9");

    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.body()).isEqualTo(fresh.body());
    assertThat(mailsTo(email)).singleElement().asString().contains("essayé");
    assertThat(
            jdbc.sql("SELECT count(*) FROM event_outbox WHERE aggregate_id = ?")
                .param(existing.publicId())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void refusesACommonOrShortPasswordNamingTheField() {
    for (String weak : List.of("motdepasse2024", "azertyuiop123", "short-one")) {
      HttpResponse<String> response = register(email("weak"), weak);

      assertThat(response.statusCode()).as(weak).isEqualTo(400);
      JsonNode errors = Browser.json(response).get("errors");
      assertThat(errors.get(0).get("field").asString()).isEqualTo("password");
    }
  }

  @Test
  void tellsTheCallerWhoTheyAre() {
    String email = email("me");
    Account account = staff(email, java.util.EnumSet.of(Role.COURIER), 4L);

    HttpResponse<String> me = browser().get("/api/auth/me", accessTokenOf(email));

    assertThat(me.statusCode()).isEqualTo(200);
    JsonNode body = Browser.json(me);
    assertThat(body.get("id").asString()).isEqualTo(account.publicId());
    assertThat(body.get("email").asString()).isEqualTo(email);
    assertThat(body.get("roles").get(0).asString()).isEqualTo("COURIER");
    assertThat(body.get("pizzeriaId").asLong()).isEqualTo(4L);
    assertThat(browser().get("/api/auth/me").statusCode()).isEqualTo(401);
  }

  @Test
  void changesThePasswordOnlyWithTheCurrentOne() {
    String email = email("changer");
    customer(email);
    String token = accessTokenOf(email);
    String newPassword = "Brand-new-passphrase-77";

    HttpResponse<String> wrong =
        browser()
            .postJson(
                "/api/auth/password",
                "{\"currentPassword\":\"nope\",\"newPassword\":\"" + newPassword + "\"}",
                token);
    HttpResponse<String> right =
        browser()
            .postJson(
                "/api/auth/password",
                "{\"currentPassword\":\""
                    + PASSWORD
                    + "\",\"newPassword\":\""
                    + newPassword
                    + "\"}",
                token);

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("currentPassword");
    assertThat(right.statusCode()).isEqualTo(204);
    assertThat(Browser.location(browser().logIn(email, newPassword))).doesNotContain("error");
  }

  @Test
  void resetsAForgottenPasswordWithTheSingleUseMailedLink() {
    String email = email("forgetful");
    customer(email);
    String newPassword = "Remembered-at-last-2026";

    HttpResponse<String> request =
        browser().postJson("/api/auth/password-reset", "{\"email\":\"" + email + "\"}", null);
    HttpResponse<String> unknown =
        browser()
            .postJson("/api/auth/password-reset", "{\"email\":\"" + email("ghost") + "\"}", null);
    assertThat(request.statusCode()).isEqualTo(202);
    assertThat(unknown.body()).isEqualTo(request.body());

    Matcher link = RESET_TOKEN.matcher(mailsTo(email).get(0));
    assertThat(link.find()).isTrue();
    String confirm =
        "{\"token\":\"" + link.group(1) + "\",\"newPassword\":\"" + newPassword + "\"}";

    assertThat(browser().postJson("/api/auth/password-reset/confirm", confirm, null).statusCode())
        .isEqualTo(204);
    assertThat(Browser.location(browser().logIn(email, newPassword))).doesNotContain("error");
    HttpResponse<String> reuse =
        browser().postJson("/api/auth/password-reset/confirm", confirm, null);
    assertThat(reuse.statusCode()).isEqualTo(400);
    assertThat(reuse.body()).contains("invalid-password-link");
  }

  private HttpResponse<String> register(String email, String password) {
    return browser()
        .postJson(
            "/api/auth/register",
            """
            {"email":"%s","password":"%s","firstName":"Chloé","lastName":"Dubois",
             "phone":"+33 6 12 34 56 78"}
            """
                .formatted(email, password),
            null);
  }

  private List<String> mailsTo(String email) {
    return jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id")
        .param(email)
        .query(String.class)
        .list();
  }
}
