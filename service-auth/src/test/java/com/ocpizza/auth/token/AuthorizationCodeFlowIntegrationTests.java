package com.ocpizza.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.auth.AuthIntegrationTest;
import com.ocpizza.auth.Browser;
import com.ocpizza.auth.Browser.Tokens;
import com.ocpizza.auth.account.Account;
import com.ocpizza.auth.account.Role;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The web front's login: authorization code + PKCE, refresh rotation, revocation, logout. */
class AuthorizationCodeFlowIntegrationTests extends AuthIntegrationTest {

  @Test
  void publishesOidcDiscoveryForTheGatewayIssuer() {
    HttpResponse<String> discovery = browser().get("/.well-known/openid-configuration");

    assertThat(discovery.statusCode()).isEqualTo(200);
    assertThat(Browser.json(discovery).get("issuer").asString()).isEqualTo("http://localhost:8080");
    assertThat(Browser.json(discovery).get("jwks_uri").asString())
        .isEqualTo("http://localhost:8080/oauth2/jwks");
  }

  @Test
  void staffLoggingInWithPkceGetTokensNamingThemByPublicIdWithRolesAndPizzeria() {
    String email = email("manager");
    Account manager = staff(email, EnumSet.of(Role.MANAGER, Role.COUNTER), 3L);
    Browser browser = browser();

    Tokens tokens = browser.tokens(browser.authorize(email, PASSWORD));

    Jwt jwt = verifiedAgainstTheJwks(tokens.accessToken());
    assertThat(jwt.getSubject())
        .isEqualTo(manager.publicId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        .isNotEqualTo(String.valueOf(manager.id()));
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("COUNTER", "MANAGER");
    assertThat(((Number) jwt.getClaim("pizzeria_id")).longValue()).isEqualTo(3L);
    assertThat(jwt.getIssuer().toString()).isEqualTo("http://localhost:8080");
    assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
    assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(15 * 60));
    assertThat(tokens.refreshToken()).isNotBlank();
    // Staff tokens carry a numeric pizzeria: the stored authorization must read back to refresh.
    Tokens refreshed = browser.refresh(tokens.refreshToken());
    assertThat(refreshed.status()).as(refreshed.body().toString()).isEqualTo(200);
    assertThat(browser.revoke(refreshed.refreshToken())).isEqualTo(200);
    assertThat(tokens.idToken()).isNotBlank();
  }

  @Test
  void customerTokensCarryNoPizzeria() {
    String email = email("customer");
    customer(email);

    Jwt jwt = verifiedAgainstTheJwks(accessTokenOf(email));

    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
    assertThat(jwt.hasClaim("pizzeria_id")).isFalse();
  }

  @Test
  void refusesToExchangeACodeWithoutItsVerifier() {
    String email = email("customer");
    customer(email);
    Browser browser = browser();
    Browser.Code code = browser.authorize(email, PASSWORD);

    Tokens tokens =
        browser.tokens(new Browser.Code(code.value(), "not-the-verifier-" + "x".repeat(30)));

    assertThat(tokens.status()).isEqualTo(400);
    assertThat(tokens.error()).isEqualTo("invalid_grant");
  }

  @Test
  void refusesARedirectUriThatIsNotRegistered() {
    HttpResponse<String> response =
        browser()
            .get(
                "/oauth2/authorize?response_type=code&client_id=web&scope=openid"
                    + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcallback"
                    + "&code_challenge=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
                    + "&code_challenge_method=S256");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Browser.location(response)).doesNotContain("evil.example");
  }

  @Test
  void refreshGivesANewRefreshTokenAndReusingTheOldOneRevokesTheWholeAuthorization() {
    String email = email("customer");
    customer(email);
    Browser browser = browser();
    String first = browser.tokens(browser.authorize(email, PASSWORD)).refreshToken();

    Tokens refreshed = browser.refresh(first);
    String second = refreshed.refreshToken();
    assertThat(second).isNotEqualTo(first);
    assertThat(verifiedAgainstTheJwks(refreshed.accessToken()).getClaimAsStringList("roles"))
        .containsExactly("CUSTOMER");

    Tokens replay = browser.refresh(first);
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.error()).isEqualTo("invalid_grant");

    Tokens afterReplay = browser.refresh(second);
    assertThat(afterReplay.status()).isEqualTo(400);
    assertThat(afterReplay.error()).isEqualTo("invalid_grant");
  }

  @Test
  void revokedRefreshTokenCannotBeUsed() {
    String email = email("customer");
    customer(email);
    Browser browser = browser();
    String refreshToken = browser.tokens(browser.authorize(email, PASSWORD)).refreshToken();

    assertThat(browser.revoke(refreshToken)).isEqualTo(200);

    assertThat(browser.refresh(refreshToken).error()).isEqualTo("invalid_grant");
  }

  @Test
  void oidcLogoutRevokesTheAuthorizationAndEndsTheLoginSession() {
    String email = email("customer");
    customer(email);
    Browser browser = browser();
    Tokens tokens = browser.tokens(browser.authorize(email, PASSWORD));

    HttpResponse<String> logout =
        browser.postForm(
            "/connect/logout",
            Map.of(
                "id_token_hint",
                tokens.idToken(),
                "post_logout_redirect_uri",
                "http://localhost:8080/app/"));

    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(Browser.location(logout)).isEqualTo("http://localhost:8080/app/");
    assertThat(browser.refresh(tokens.refreshToken()).error()).isEqualTo("invalid_grant");
    HttpResponse<String> again =
        browser.get(
            "/oauth2/authorize?response_type=code&client_id=web&scope=openid"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fapp%2Fcallback"
                + "&code_challenge=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
                + "&code_challenge_method=S256");
    assertThat(Browser.location(again)).endsWith("/login");
  }

  @Test
  void disabledAccountsCannotRefresh() {
    String email = email("customer");
    Account customer = customer(email);
    Browser browser = browser();
    String refreshToken = browser.tokens(browser.authorize(email, PASSWORD)).refreshToken();
    customer.disable("test", java.time.Instant.now());
    accounts.save(customer);

    assertThat(browser.refresh(refreshToken).status()).isEqualTo(400);
  }

  private Jwt verifiedAgainstTheJwks(String token) {
    return NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks")
        .build()
        .decode(token);
  }
}
