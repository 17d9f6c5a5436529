package com.ocpizza.auth;

import com.ocpizza.auth.account.Account;
import com.ocpizza.auth.account.AccountRepository;
import com.ocpizza.auth.account.PersonName;
import com.ocpizza.auth.account.Role;
import com.ocpizza.testsupport.RealDatabase;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The auth service on a random port and the real database, with helpers to open accounts and act as
 * a browser or a service. Every integration test extends it, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
public abstract class AuthIntegrationTest {

  public static final String PASSWORD = "Four-pizzas-and-a-calzone";
  public static final String SERVICE_SECRET = "test-service-secret";

  @LocalServerPort protected int port;
  @Autowired protected AccountRepository accounts;
  @Autowired protected PasswordEncoder passwordEncoder;
  @Autowired protected JdbcClient jdbc;

  /** A fresh address, so tests sharing the schema never collide. */
  protected static String email(String who) {
    return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.ocpizza";
  }

  protected Account customer(String email) {
    return accounts.save(
        Account.customer(
            email,
            passwordEncoder.encode(PASSWORD),
            new PersonName("Chloé", "Test"),
            "+33 6 00 00 00 00",
            Instant.now()));
  }

  protected Account staff(String email, Set<Role> roles, Long pizzeriaId) {
    return accounts.save(
        Account.staff(
            email,
            passwordEncoder.encode(PASSWORD),
            new PersonName("Luigi", "Test"),
            null,
            roles,
            pizzeriaId,
            Instant.now()));
  }

  protected Browser browser() {
    return new Browser("http://127.0.0.1:" + port);
  }

  /** An access token of the given account, obtained through the real code + PKCE flow. */
  protected String accessTokenOf(String email) {
    Browser browser = browser();
    return browser.tokens(browser.authorize(email, PASSWORD)).accessToken();
  }

  protected String serviceToken(String service) {
    return browser().clientCredentials(service, SERVICE_SECRET).accessToken();
  }
}
