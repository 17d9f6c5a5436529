package com.ocpizza.common.feed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a service's events into its {@code event_outbox} table within the caller's transaction, so
 * an event exists if and only if the change it reports was committed.
 */
public class Outbox {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  public Outbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records an event; it must run inside the transaction that makes the change.
   *
   * @param type the event type, e.g. {@code OrderPlaced}
   * @param aggregateId the id of the aggregate it is about
   * @param payload a record serialised as the event's JSON payload
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void append(String type, String aggregateId, Object payload) {
    jdbc.sql(
            "INSERT INTO event_outbox (type, aggregate_id, occurred_at, payload)"
                + " VALUES (?, ?, ?, ?)")
        .params(
            type,
            aggregateId,
            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
            json.writeValueAsString(payload))
        .update();
  }
}
