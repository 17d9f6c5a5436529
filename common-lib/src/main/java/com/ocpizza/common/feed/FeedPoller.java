package com.ocpizza.common.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Polls one source's feed for one consumer and applies what is new. Ids normally follow each other;
 * a missing id is either a publisher transaction still in flight or one that rolled back, so the
 * poller stops before a recent gap and only skips a gap once it is older than the longest a
 * publisher transaction may last.
 */
public class FeedPoller {

  private final FeedConsumer consumer;
  private final List<URI> sourceUrls;
  private final FeedClient client;
  private final FeedCursors cursors;
  private final String owner;
  private final FeedProperties properties;
  private final Clock clock;
  private boolean cursorCreated;

  public FeedPoller(
      FeedConsumer consumer,
      List<URI> sourceUrls,
      FeedClient client,
      FeedCursors cursors,
      String owner,
      FeedProperties properties,
      Clock clock) {
    this.consumer = consumer;
    this.sourceUrls = List.copyOf(sourceUrls);
    this.client = client;
    this.cursors = cursors;
    this.owner = owner;
    this.properties = properties;
    this.clock = clock;
  }

  public String source() {
    return consumer.source();
  }

  /**
   * One poll: takes the lease, fetches what follows the cursor and applies it in order.
   *
   * @return how many events were fetched, so the caller knows whether to poll again at once
   */
  public int pollOnce() {
    String source = consumer.source();
    if (!cursorCreated) {
      cursors.ensure(source);
      cursorCreated = true;
    }
    if (!cursors.tryLease(source, owner, properties.lease())) {
      return 0;
    }
    long cursor = cursors.position(source);
    List<FeedEvent> events = client.fetch(sourceUrls, cursor, properties.batchSize());
    Instant gapDeadline = clock.instant().minus(gapWait());
    long expected = cursor + 1;
    int handled = 0;
    for (FeedEvent event : events) {
      boolean gap = cursor > 0 && event.id() > expected;
      if (gap && event.occurredAt().isAfter(gapDeadline)) {
        break;
      }
      cursors.applyOnce(source, event, consumer);
      cursor = event.id();
      expected = cursor + 1;
      handled++;
    }
    return handled;
  }

  /** Gives the lease up, e.g. at shutdown. */
  public void stop() {
    cursors.release(consumer.source(), owner);
  }

  /** Longer than any publisher transaction may last (they time out before). */
  static Duration gapWait() {
    return Duration.ofSeconds(15);
  }
}
