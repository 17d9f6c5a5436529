package com.ocpizza.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorization store with refresh-token reuse detection. Each refresh replaces the refresh
 * token; the replaced one is remembered (as a hash). Presenting it again means two parties hold the
 * same token, one of them a thief: the whole authorization is revoked, so neither can go on.
 */
class RotatedRefreshTokens implements OAuth2AuthorizationService {

  private static final Logger log = LoggerFactory.getLogger(RotatedRefreshTokens.class);

  private final OAuth2AuthorizationService delegate;
  private final JdbcClient jdbc;
  private final Clock clock;

  RotatedRefreshTokens(OAuth2AuthorizationService delegate, JdbcClient jdbc, Clock clock) {
    this.delegate = delegate;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void save(OAuth2Authorization authorization) {
    OAuth2Authorization stored = delegate.findById(authorization.getId());
    String replaced = refreshTokenValue(stored);
    if (replaced != null && !replaced.equals(refreshTokenValue(authorization))) {
      jdbc.sql(
              "INSERT INTO used_refresh_token (token_hash, authorization_id, used_at)"
                  + " VALUES (?, ?, ?)")
          .params(
              hash(replaced),
              authorization.getId(),
              LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
          .update();
    }
    delegate.save(authorization);
  }

  @Override
  public void remove(OAuth2Authorization authorization) {
    delegate.remove(authorization);
  }

  @Override
  public OAuth2Authorization findById(String id) {
    return delegate.findById(id);
  }

  @Override
  public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
    OAuth2Authorization found = delegate.findByToken(token, tokenType);
    if (found == null && (tokenType == null || OAuth2TokenType.REFRESH_TOKEN.equals(tokenType))) {
      revokeFamilyOfReused(token);
    }
    return found;
  }

  private void revokeFamilyOfReused(String token) {
    jdbc.sql("SELECT authorization_id FROM used_refresh_token WHERE token_hash = ?")
        .param(hash(token))
        .query(String.class)
        .optional()
        .map(delegate::findById)
        .ifPresent(
            family -> {
              delegate.remove(family);
              log.warn(
                  "A replaced refresh token of {} was presented again: authorization {} revoked",
                  family.getPrincipalName(),
                  family.getId());
            });
  }

  private static String refreshTokenValue(OAuth2Authorization authorization) {
    if (authorization == null) {
      return null;
    }
    OAuth2Authorization.Token<OAuth2RefreshToken> token = authorization.getRefreshToken();
    return token == null ? null : token.getToken().getTokenValue();
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
