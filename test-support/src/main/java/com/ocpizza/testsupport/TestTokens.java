package com.ocpizza.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints access tokens shaped like the auth service's (RS256, {@code sub}, {@code roles}, {@code
 * pizzeria_id}) and serves their public key set, so a service's tests can call it as any customer,
 * staff member, admin or service without starting the auth service.
 */
public final class TestTokens {

  /** The issuer test tokens carry; services under {@link TestAuthServer} expect it. */
  public static final String ISSUER = "http://localhost:8080";

  private static RSAKey key;
  private static HttpServer server;

  private TestTokens() {}

  /** The base URL of the in-process server publishing {@code /oauth2/jwks}. */
  public static synchronized String authUrl() {
    if (server == null) {
      start();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A token of a registered customer with the given public id. */
  public static String customer(String userId) {
    return token(userId, List.of("CUSTOMER"), null, Duration.ofMinutes(15));
  }

  /** A token of a staff member of the pizzeria, holding the given roles (e.g. "MANAGER"). */
  public static String staff(long pizzeriaId, String... roles) {
    return token(
        "staff-" + UUID.randomUUID(), Arrays.asList(roles), pizzeriaId, Duration.ofMinutes(15));
  }

  /** A head-office token, for every pizzeria. */
  public static String admin() {
    return token("admin-" + UUID.randomUUID(), List.of("ADMIN"), null, Duration.ofMinutes(15));
  }

  /** A client-credentials token of another service. */
  public static String service(String name) {
    return token(name, List.of("SERVICE"), null, Duration.ofMinutes(15));
  }

  /** A token with every claim chosen by the test, e.g. an expired one (negative lifetime). */
  public static synchronized String token(
      String subject, List<String> roles, Long pizzeriaId, Duration lifetime) {
    authUrl();
    return sign(key, claims(ISSUER, subject, roles, pizzeriaId, lifetime));
  }

  private static JWTClaimsSet claims(
      String issuer, String subject, List<String> roles, Long pizzeriaId, Duration lifetime) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience("web")
            .issueTime(Date.from(now.minusSeconds(5)))
            .notBeforeTime(Date.from(now.minusSeconds(5)))
            .expirationTime(Date.from(now.plus(lifetime)))
            .claim("roles", roles);
    if (pizzeriaId != null) {
      claims.claim("pizzeria_id", pizzeriaId);
    }
    return claims.build();
  }

  private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
              claims);
      jwt.sign(new RSASSASigner(signingKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token signed with the test key but naming another issuer: services must refuse it. */
  public static String tokenFrom(String issuer, String subject, String role) {
    authUrl();
    return sign(key, claims(issuer, subject, List.of(role), null, Duration.ofMinutes(15)));
  }

  /** A well-formed token signed by a key the services do not know: they must refuse it. */
  public static String signedWithUnknownKey(String subject, String role) {
    try {
      RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
      return sign(stranger, claims(ISSUER, subject, List.of(role), null, Duration.ofMinutes(15)));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value of an Authorization header carrying the token. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "test-jwks");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void start() {
    try {
      key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("test-key").generate();
      byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/oauth2/jwks",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
          });
      server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, daemon()));
      server.start();
    } catch (JOSEException | IOException e) {
      throw new IllegalStateException("Cannot start the test key server", e);
    }
  }
}
