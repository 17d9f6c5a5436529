package com.ocpizza.auth.login;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes each login attempt and what came of it to {@code login_audit}. */
@Component
class LoginAudit {

  /** What happened to an attempt. */
  enum Outcome {
    SUCCESS,
    FAILURE,
    /** This failure locked the account. */
    LOCKED,
    /** Refused because the account is locked, whatever the password. */
    REFUSED_LOCKED,
    /** Refused unchecked: too many recent failures for this address or client. */
    THROTTLED
  }

  private final JdbcClient jdbc;

  LoginAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(Instant at, String email, Long accountId, String clientIp, Outcome outcome) {
    jdbc.sql(
            "INSERT INTO login_audit (occurred_at, email, account_id, client_ip, outcome)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            LocalDateTime.ofInstant(at, ZoneOffset.UTC),
            truncate(email, 254),
            accountId,
            truncate(clientIp, 45),
            outcome.name())
        .update();
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
