package com.ocpizza.common.feed;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumer side's bookkeeping in its own {@code feed_cursor} table: the last event applied from
 * each source, and which replica currently holds the lease to poll it.
 */
public class FeedCursors {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public FeedCursors(JdbcClient jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** Creates the cursor of a source at the start of its feed, unless it exists. */
  public void ensure(String source) {
    jdbc.sql("INSERT IGNORE INTO feed_cursor (source, last_event_id) VALUES (?, 0)")
        .param(source)
        .update();
  }

  /** The id of the last event applied from the source. */
  public long position(String source) {
    return jdbc.sql("SELECT last_event_id FROM feed_cursor WHERE source = ?")
        .param(source)
        .query(Long.class)
        .single();
  }

  /**
   * Takes or renews the lease on a source for the given replica. Only the holder polls, so replicas
   * do not fetch the same events twice; correctness does not depend on it (see {@link #applyOnce}).
   *
   * @return whether this replica holds the lease now
   */
  public boolean tryLease(String source, String owner, Duration lease) {
    int updated =
        jdbc.sql(
                "UPDATE feed_cursor SET owner = ?, lease_until = NOW(6) + INTERVAL ? MICROSECOND"
                    + " WHERE source = ? AND (owner = ? OR owner IS NULL OR lease_until < NOW(6))")
            .params(owner, lease.toNanos() / 1000, source, owner)
            .update();
    return updated == 1;
  }

  /** Gives the lease up, so another replica can take over at once. */
  public void release(String source, String owner) {
    jdbc.sql(
            "UPDATE feed_cursor SET owner = NULL, lease_until = NULL WHERE source = ? AND owner = ?")
        .params(source, owner)
        .update();
  }

  /**
   * Applies an event unless the cursor is already at or past it, and moves the cursor, in one
   * transaction. The cursor row is locked first, so two replicas that both believe they hold the
   * lease still apply each event once; a crash before commit undoes both the effect and the move.
   *
   * @return whether the event was applied now
   */
  public boolean applyOnce(String source, FeedEvent event, FeedConsumer consumer) {
    return applyAllOnce(source, List.of(event), consumer) == 1;
  }

  /**
   * Applies the events (in id order) that follow the cursor and moves the cursor past the last, in
   * one transaction: one commit for a whole batch instead of one per event. A failure rolls the
   * whole batch back, cursor included, and the next poll delivers it again.
   *
   * @return how many of the events were applied now (those at or before the cursor are skipped)
   */
  public int applyAllOnce(String source, List<FeedEvent> events, FeedConsumer consumer) {
    if (events.isEmpty()) {
      return 0;
    }
    Integer applied =
        transaction.execute(
            status -> {
              long cursor =
                  jdbc.sql("SELECT last_event_id FROM feed_cursor WHERE source = ? FOR UPDATE")
                      .param(source)
                      .query(Long.class)
                      .single();
              List<FeedEvent> fresh = events.stream().filter(e -> e.id() > cursor).toList();
              if (fresh.isEmpty()) {
                return 0;
              }
              consumer.applyAll(fresh);
              jdbc.sql("UPDATE feed_cursor SET last_event_id = ? WHERE source = ?")
                  .params(fresh.get(fresh.size() - 1).id(), source)
                  .update();
              return fresh.size();
            });
    return applied == null ? 0 : applied;
  }
}
