package com.ocpizza.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class RememberingJwtDecoderTests {

  private static final String ISSUER = "http://localhost:8080";

  private RSAKey key;
  private Instant now;
  private AtomicInteger verifications;
  private JwtDecoder decoder;

  @BeforeEach
  void setUp() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k").generate();
    now = Instant.now();
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    timestamps.setClock(new MovableClock());
    OAuth2TokenValidator<Jwt> validator =
        new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
    NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    nimbus.setJwtValidator(validator);
    verifications = new AtomicInteger();
    JwtDecoder counting =
        token -> {
          verifications.incrementAndGet();
          return nimbus.decode(token);
        };
    decoder = new RememberingJwtDecoder(counting, validator, 10, Duration.ofMinutes(5));
  }

  @Test
  void aTokenUsedAgainIsNotVerifiedAgainAndCarriesTheSameClaims() throws Exception {
    String token = token(key, "ada", Duration.ofMinutes(15));

    Jwt first = decoder.decode(token);
    Jwt again = decoder.decode(token);

    assertThat(again.getSubject()).isEqualTo("ada");
    assertThat(again.getClaims()).isEqualTo(first.getClaims());
    assertThat(verifications).hasValue(1);
  }

  @Test
  void aRememberedTokenIsRefusedOnceItHasExpired() throws Exception {
    String token = token(key, "ada", Duration.ofSeconds(30));
    decoder.decode(token);

    now = now.plusSeconds(31);

    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefusedEvenWithTheClaimsOfARememberedOne() throws Exception {
    decoder.decode(token(key, "ada", Duration.ofMinutes(15)));
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("k").generate();

    assertThatThrownBy(() -> decoder.decode(token(stranger, "ada", Duration.ofMinutes(15))))
        .isInstanceOf(BadJwtException.class);
  }

  private String token(RSAKey signer, String subject, Duration lifetime) throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(subject)
            .issueTime(Date.from(now.minusSeconds(1)))
            .expirationTime(Date.from(now.plus(lifetime)))
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(), claims);
    jwt.sign(new RSASSASigner(signer));
    return jwt.serialize();
  }

  /** The test's "now", which the test moves forward. */
  private final class MovableClock extends Clock {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
