package com.ocpizza.management;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedCursors;
import com.ocpizza.common.feed.FeedEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers hand-built events to the service's feed consumers exactly as the poller does: each in
 * the transaction that advances the source's cursor.
 */
public final class Feeds {

  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
  private static final JsonMapper JSON = new JsonMapper();

  private final FeedCursors cursors;
  private final List<FeedConsumer> consumers;

  public Feeds(FeedCursors cursors, List<FeedConsumer> consumers) {
    this.cursors = cursors;
    this.consumers = consumers;
  }

  /** Builds an event with the next feed id. */
  public static FeedEvent event(String type, String payload) {
    return new FeedEvent(IDS.incrementAndGet(), type, "x", Instant.now(), JSON.readTree(payload));
  }

  /** Delivers an event of a source; returns whether it was applied (false for a replay). */
  public boolean deliver(String source, FeedEvent event) {
    cursors.ensure(source);
    return cursors.applyOnce(source, event, consumer(source));
  }

  /** Delivers a new event of a source and returns it, so a test can replay it. */
  public FeedEvent send(String source, String type, String payload) {
    FeedEvent event = event(type, payload);
    deliver(source, event);
    return event;
  }

  public FeedConsumer consumer(String source) {
    return consumers.stream().filter(c -> c.source().equals(source)).findFirst().orElseThrow();
  }

  public static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
