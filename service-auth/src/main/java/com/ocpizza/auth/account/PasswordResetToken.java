package com.ocpizza.auth.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A single-use, expiring permission to set an account's password, sent by e-mail. Only the SHA-256
 * of the token is kept, so a database leak yields no usable link.
 */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordResetToken() {}

  private PasswordResetToken(String tokenHash, Account account, Instant at, Duration validity) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.createdAt = at;
    this.expiresAt = at.plus(validity);
  }

  /** A new token for the account; the clear token goes in the mail, never in the database. */
  static Issued issue(Account account, Instant at, Duration validity) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new PasswordResetToken(hash(token), account, at, validity), token);
  }

  /** A token and the value to send. */
  record Issued(PasswordResetToken token, String value) {}

  boolean isUsableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Spends the token; a second use is refused. */
  void use(Instant at) {
    if (!isUsableAt(at)) {
      throw new IllegalStateException("This password link was already used or has expired");
    }
    usedAt = at;
  }

  Account account() {
    return account;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
