package com.ocpizza.order.placement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code Idempotency-Key}s of placements, per caller: the request's fingerprint, the order it
 * created and, once known, the answer given. The primary key makes the first request win; the
 * others find its row and replay its answer.
 */
@Component
class IdempotencyKeys {

  /** A key already used: what was asked, for which order, and the answer if already given. */
  record Use(String requestHash, String orderId, Integer status, String body) {

    boolean answered() {
      return status != null;
    }
  }

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  Optional<Use> find(String caller, String key) {
    return jdbc.sql(
            "SELECT request_hash, order_public_id, response_status, response_body"
                + " FROM idempotency_keys WHERE caller_id = ? AND idem_key = ?")
        .params(caller, key)
        .query(
            (rs, row) ->
                new Use(
                    rs.getString(1),
                    rs.getString(2),
                    (Integer) rs.getObject(3, Integer.class),
                    rs.getString(4)))
        .optional();
  }

  /** Claims the key for a new order; fails with a duplicate-key error if it was claimed. */
  @Transactional(propagation = Propagation.MANDATORY)
  void claim(String caller, String key, String requestHash, String orderId, Instant now) {
    jdbc.sql(
            "INSERT INTO idempotency_keys"
                + " (caller_id, idem_key, request_hash, order_public_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(caller, key, requestHash, orderId, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
  }

  /**
   * Stores the answer to the placement of an order on its key, if it was placed with one; the first
   * answer stored is final, so every replay gets the same.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void answer(String orderId, int status, String body) {
    jdbc.sql(
            "UPDATE idempotency_keys SET response_status = ?, response_body = ?"
                + " WHERE order_public_id = ? AND response_status IS NULL")
        .params(status, body, orderId)
        .update();
  }

  /** Frees a key whose request failed for a passing reason, so that a retry may place it. */
  @Transactional(propagation = Propagation.MANDATORY)
  void forget(String caller, String key) {
    jdbc.sql("DELETE FROM idempotency_keys WHERE caller_id = ? AND idem_key = ?")
        .params(caller, key)
        .update();
  }
}
