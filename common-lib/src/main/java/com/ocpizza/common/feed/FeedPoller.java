package com.ocpizza.common.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
  private final Timer lag;
  private boolean cursorCreated;

  /** Until when the lease this replica holds needs no renewal; {@code null} when not held. */
  private Instant renewLeaseAfter;

  public FeedPoller(
      FeedConsumer consumer,
      List<URI> sourceUrls,
      FeedClient client,
      FeedCursors cursors,
      String owner,
      FeedProperties properties,
      Clock clock) {
    this(consumer, sourceUrls, client, cursors, owner, properties, clock, null);
  }

  /**
   * A poller that also records its feed lag: for each event applied, how long after it occurred
   * ({@code ocpizza.feed.lag}, tagged with the source), so that a consumer falling behind shows.
   */
  public FeedPoller(
      FeedConsumer consumer,
      List<URI> sourceUrls,
      FeedClient client,
      FeedCursors cursors,
      String owner,
      FeedProperties properties,
      Clock clock,
      MeterRegistry meters) {
    this.consumer = consumer;
    this.sourceUrls = List.copyOf(sourceUrls);
    this.client = client;
    this.cursors = cursors;
    this.owner = owner;
    this.properties = properties;
    this.clock = clock;
    this.lag =
        meters == null
            ? null
            : Timer.builder("ocpizza.feed.lag")
                .description(
                    "Time from an event's occurrence on its source to its application here")
                .tag("source", consumer.source())
                .publishPercentileHistogram()
                .register(meters);
  }

  public String source() {
    return consumer.source();
  }

  /**
   * One poll: takes the lease, fetches what follows the cursor and applies it in order, the whole
   * batch in one transaction.
   *
   * @return how many events were fetched, so the caller knows whether to poll again at once
   */
  public int pollOnce() {
    String source = consumer.source();
    if (!cursorCreated) {
      cursors.ensure(source);
      cursorCreated = true;
    }
    if (!holdsLease(source)) {
      return 0;
    }
    long cursor = cursors.position(source);
    List<FeedEvent> events = client.fetch(sourceUrls, cursor, properties.batchSize());
    List<FeedEvent> ready = readyToApply(events, cursor);
    cursors.applyAllOnce(source, ready, consumer);
    if (lag != null) {
      Instant now = clock.instant();
      ready.forEach(event -> lag.record(Duration.between(event.occurredAt(), now).abs()));
    }
    return ready.size();
  }

  /**
   * The events that may be applied now: all of them up to the first gap in the ids that is recent
   * enough to be a publisher transaction still in flight.
   */
  private List<FeedEvent> readyToApply(List<FeedEvent> events, long cursor) {
    Instant gapDeadline = clock.instant().minus(gapWait());
    long expected = cursor + 1;
    List<FeedEvent> ready = new ArrayList<>();
    for (FeedEvent event : events) {
      boolean gap = cursor > 0 && event.id() > expected;
      if (gap && event.occurredAt().isAfter(gapDeadline)) {
        break;
      }
      ready.add(event);
      cursor = event.id();
      expected = cursor + 1;
    }
    return ready;
  }

  /**
   * Takes or renews the lease, but only once half of it has run: a renewal is a durable write, and
   * polling every half second would otherwise commit twice a second per feed for nothing.
   */
  private boolean holdsLease(String source) {
    Instant now = clock.instant();
    if (renewLeaseAfter != null && now.isBefore(renewLeaseAfter)) {
      return true;
    }
    if (cursors.tryLease(source, owner, properties.lease())) {
      renewLeaseAfter = now.plus(properties.lease().dividedBy(2));
      return true;
    }
    renewLeaseAfter = null;
    return false;
  }

  /** Gives the lease up, e.g. at shutdown. */
  public void stop() {
    renewLeaseAfter = null;
    cursors.release(consumer.source(), owner);
  }

  /** Longer than any publisher transaction may last (they time out before). */
  static Duration gapWait() {
    return Duration.ofSeconds(15);
  }
}
