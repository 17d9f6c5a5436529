package com.ocpizza.auth.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.auth.AuthIntegrationTest;
import com.ocpizza.auth.Browser;
import com.ocpizza.auth.account.Account;
import com.ocpizza.auth.account.Role;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may open, list and close which staff accounts: the role and pizzeria matrix. */
class StaffIntegrationTests extends AuthIntegrationTest {

  @Test
  void refusesAnonymousCallersWith401AndOtherRolesWith403() {
    String customer = email("customer");
    customer(customer);
    String courier = email("courier");
    staff(courier, EnumSet.of(Role.COURIER), 1L);
    String body = newStaff(email("x"), "COUNTER", 1L);

    for (String token :
        new String[] {
          null, accessTokenOf(customer), accessTokenOf(courier), serviceToken("order")
        }) {
      int expected = token == null ? 401 : 403;
      assertThat(browser().postJson("/api/auth/staff", body, token).statusCode())
          .as("create with %s", token)
          .isEqualTo(expected);
      assertThat(
              token == null
                  ? browser().get("/api/auth/staff").statusCode()
                  : browser().get("/api/auth/staff", token).statusCode())
          .isEqualTo(expected);
      assertThat(browser().postJson("/api/auth/staff/some-id/disable", "", token).statusCode())
          .isEqualTo(expected);
    }
  }

  @Test
  void aManagerOpensStaffAccountsBelowTheirRoleInTheirOwnPizzeriaOnly() {
    String manager = email("manager");
    staff(manager, EnumSet.of(Role.MANAGER), 1L);
    String token = accessTokenOf(manager);
    String clerk = email("clerk");

    HttpResponse<String> created =
        browser().postJson("/api/auth/staff", newStaff(clerk, "COUNTER", null), token);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode member = Browser.json(created);
    assertThat(member.get("pizzeriaId").asLong()).isEqualTo(1L);
    assertThat(member.get("roles").get(0).asString()).isEqualTo("COUNTER");
    assertThat(mailsTo(clerk)).singleElement().asString().contains("reset-password?token=");
    assertThat(
            browser()
                .postJson("/api/auth/staff", newStaff(email("b"), "COUNTER", 2L), token)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            browser()
                .postJson("/api/auth/staff", newStaff(email("m"), "MANAGER", 1L), token)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            browser()
                .postJson("/api/auth/staff", newStaff(email("a"), "ADMIN", null), token)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            browser()
                .postJson("/api/auth/staff", newStaff(clerk, "COURIER", 1L), token)
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void aManagerListsTheirOwnPizzeriaOnly() {
    String manager = email("manager");
    staff(manager, EnumSet.of(Role.MANAGER), 5L);
    staff(email("oven"), EnumSet.of(Role.PIZZAIOLO), 5L);
    String token = accessTokenOf(manager);

    HttpResponse<String> own = browser().get("/api/auth/staff?pizzeriaId=5&size=50", token);

    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode page = Browser.json(own);
    assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    page.get("content").forEach(m -> assertThat(m.get("pizzeriaId").asLong()).isEqualTo(5L));
    assertThat(browser().get("/api/auth/staff?pizzeriaId=4", token).statusCode()).isEqualTo(403);
  }

  @Test
  void aManagerClosesTheirOwnStaffButNotAnotherPizzeriasNorAManager() {
    String manager = email("manager");
    staff(manager, EnumSet.of(Role.MANAGER), 2L);
    String courierEmail = email("courier");
    Account courier = staff(courierEmail, EnumSet.of(Role.COURIER), 2L);
    Account elsewhere = staff(email("courier"), EnumSet.of(Role.COURIER), 3L);
    Account otherManager = staff(email("manager"), EnumSet.of(Role.MANAGER), 2L);
    String token = accessTokenOf(manager);
    String courierToken = accessTokenOf(courierEmail);

    HttpResponse<String> closed = disable(courier, token);

    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(Browser.json(closed).get("enabled").asBoolean()).isFalse();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM event_outbox WHERE type = 'UserDisabled' AND aggregate_id = ?")
                .param(courier.publicId())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(Browser.location(browser().logIn(courierEmail, PASSWORD))).endsWith("?error");
    assertThat(browser().get("/api/auth/me", courierToken).statusCode()).isEqualTo(404);
    assertThat(disable(elsewhere, token).statusCode()).isEqualTo(403);
    assertThat(disable(otherManager, token).statusCode()).isEqualTo(403);
  }

  @Test
  void anAdminOpensManagersAndAdminsAnywhere() {
    String admin = email("admin");
    staff(admin, EnumSet.of(Role.ADMIN), null);
    String token = accessTokenOf(admin);

    assertThat(
            browser()
                .postJson("/api/auth/staff", newStaff(email("m"), "MANAGER", 4L), token)
                .statusCode())
        .isEqualTo(201);
    assertThat(
            browser()
                .postJson("/api/auth/staff", newStaff(email("a"), "ADMIN", null), token)
                .statusCode())
        .isEqualTo(201);
    assertThat(
            browser()
                .postJson("/api/auth/staff", newStaff(email("c"), "COUNTER", null), token)
                .statusCode())
        .isEqualTo(400);
    assertThat(browser().get("/api/auth/staff", token).statusCode()).isEqualTo(200);
    assertThat(disable(staff(email("manager"), EnumSet.of(Role.MANAGER), 4L), token).statusCode())
        .isEqualTo(200);
  }

  private HttpResponse<String> disable(Account account, String token) {
    return browser().postJson("/api/auth/staff/" + account.publicId() + "/disable", "", token);
  }

  private static String newStaff(String email, String role, Long pizzeriaId) {
    return """
        {"email":"%s","firstName":"Marco","lastName":"Rossi","roles":["%s"],"pizzeriaId":%s}
        """
        .formatted(email, role, pizzeriaId);
  }

  private java.util.List<String> mailsTo(String email) {
    return jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id")
        .param(email)
        .query(String.class)
        .list();
  }
}
