package com.ocpizza.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test tokens must be what services expect, or service tests would prove nothing. */
class TestTokensTests {

  @Test
  void staffTokensCarryRolesAndPizzeriaAndVerifyAgainstTheServedKeySet() throws Exception {
    SignedJWT jwt = SignedJWT.parse(TestTokens.staff(4, "PIZZAIOLO", "COUNTER"));

    assertThat(jwt.verify(new RSASSAVerifier(servedKey()))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(TestTokens.ISSUER);
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles"))
        .containsExactly("PIZZAIOLO", "COUNTER");
    assertThat(jwt.getJWTClaimsSet().getLongClaim("pizzeria_id")).isEqualTo(4L);
    assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
  }

  @Test
  void theForgeriesReallyAreForgeries() throws Exception {
    RSAKey served = servedKey();

    assertThat(
            SignedJWT.parse(TestTokens.signedWithUnknownKey("x", "SERVICE"))
                .verify(new RSASSAVerifier(served)))
        .isFalse();
    assertThat(
            SignedJWT.parse(TestTokens.tokenFrom("https://elsewhere.example", "x", "SERVICE"))
                .getJWTClaimsSet()
                .getIssuer())
        .isNotEqualTo(TestTokens.ISSUER);
    assertThat(
            SignedJWT.parse(TestTokens.token("x", List.of("SERVICE"), null, Duration.ofMinutes(-5)))
                .getJWTClaimsSet()
                .getExpirationTime())
        .isBefore(new Date());
  }

  private static RSAKey servedKey() throws Exception {
    JWKSet set = JWKSet.load(URI.create(TestTokens.authUrl() + "/oauth2/jwks").toURL());
    return set.getKeys().get(0).toRSAKey();
  }
}
