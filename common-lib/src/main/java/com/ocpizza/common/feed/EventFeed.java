package com.ocpizza.common.feed;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Reads a service's own outbox in id order: the feed its consumers poll. */
public class EventFeed {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public EventFeed(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Up to {@code limit} events whose id is greater than {@code after}, oldest first. */
  public List<FeedEvent> after(long after, int limit) {
    return jdbc.sql(
            "SELECT id, type, aggregate_id, occurred_at, payload FROM event_outbox"
                + " WHERE id > ? ORDER BY id LIMIT ?")
        .params(after, limit)
        .query(
            (rs, row) ->
                new FeedEvent(
                    rs.getLong("id"),
                    rs.getString("type"),
                    rs.getString("aggregate_id"),
                    rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    json.readTree(rs.getString("payload"))))
        .list();
  }
}
