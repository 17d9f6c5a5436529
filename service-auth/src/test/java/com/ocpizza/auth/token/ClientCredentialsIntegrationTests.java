package com.ocpizza.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.auth.AuthIntegrationTest;
import com.ocpizza.auth.Browser.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Services obtain tokens with their client credentials and use them on internal endpoints. */
class ClientCredentialsIntegrationTests extends AuthIntegrationTest {

  @Test
  void orderServiceGetsAServiceTokenVerifiableAgainstTheJwks() {
    Tokens tokens = browser().clientCredentials("order", SERVICE_SECRET);

    Jwt jwt =
        NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks")
            .build()
            .decode(tokens.accessToken());
    assertThat(jwt.getSubject()).isEqualTo("order");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
    assertThat(jwt.hasClaim("pizzeria_id")).isFalse();
    assertThat(tokens.body().has("refresh_token")).isFalse();
  }

  @Test
  void refusesAWrongSecret() {
    Tokens tokens = browser().clientCredentials("order", "not-the-secret");

    assertThat(tokens.status()).isEqualTo(401);
    assertThat(tokens.error()).isEqualTo("invalid_client");
  }

  @Test
  void theWebClientCannotUseClientCredentials() {
    assertThat(browser().clientCredentials("web", "").status()).isIn(400, 401);
  }

  @Test
  void serviceTokensOpenTheEventFeedAndPeopleTokensDoNot() {
    String customer = email("customer");
    customer(customer);

    assertThat(browser().get("/internal/events?after=0", serviceToken("client")).statusCode())
        .isEqualTo(200);
    assertThat(browser().get("/internal/events?after=0", accessTokenOf(customer)).statusCode())
        .isEqualTo(403);
    assertThat(browser().get("/internal/events?after=0").statusCode()).isEqualTo(401);
  }
}
