package com.ocpizza.order.tracking;

import com.ocpizza.common.feed.EventFeed;
import com.ocpizza.common.feed.FeedEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows this service's own outbox by id and hands each new event to this replica's subscribers,
 * so a change committed on any replica reaches every live stream without a broker.
 *
 * <p>Outbox ids are taken when a transaction writes its event, not when it commits: an id taken
 * earlier may commit later, and one whose transaction rolled back never appears. Like the feed
 * poller of common-lib, the follower therefore stops before a missing id while the event after it
 * is recent, and skips the gap only once it is older than any transaction may last.
 */
@Component
class OutboxFollower {

  private final EventFeed feed;
  private final Clock clock;
  private final Duration gapWait;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private volatile long position;

  OutboxFollower(
      EventFeed feed,
      JdbcClient jdbc,
      Clock clock,
      @Value("${ocpizza.order.tracking-gap-wait:15s}") Duration gapWait,
      MeterRegistry meters) {
    this.feed = feed;
    this.clock = clock;
    this.gapWait = gapWait;
    this.position =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM event_outbox").query(Long.class).single();
    Gauge.builder("orders.tracking.subscribers", subscriptions, List::size)
        .description("Live order streams (server-sent events) this replica serves")
        .register(meters);
  }

  @Scheduled(fixedDelayString = "${ocpizza.order.tracking-interval:300ms}")
  void follow() {
    subscriptions.removeIf(Subscription::isClosed);
    Instant gapDeadline = clock.instant().minus(gapWait);
    for (FeedEvent event : feed.after(position, 500)) {
      boolean gap = event.id() > position + 1;
      if (gap && event.occurredAt().isAfter(gapDeadline)) {
        // An earlier id may still commit: wait for it rather than lose it.
        return;
      }
      subscriptions.forEach(subscription -> subscription.live(event));
      position = event.id();
    }
  }

  @Scheduled(fixedDelayString = "${ocpizza.order.tracking-keep-alive:10s}")
  void keepAlive() {
    subscriptions.forEach(Subscription::keepAlive);
  }

  /** Registers a subscriber, then replays what it missed since {@code lastEventId}, if given. */
  void subscribe(Subscription subscription, Long lastEventId) {
    subscription.open();
    long upTo = position;
    subscriptions.add(subscription);
    if (lastEventId != null) {
      long after = lastEventId;
      List<FeedEvent> missed;
      do {
        missed = feed.after(after, 500);
        for (FeedEvent event : missed) {
          if (event.id() > upTo) {
            break;
          }
          subscription.replayed(event);
          after = event.id();
        }
      } while (missed.size() == 500 && after < upTo);
    }
    subscription.replayDone();
  }

  void unsubscribe(Subscription subscription) {
    subscription.close();
    subscriptions.remove(subscription);
  }

  long position() {
    return position;
  }
}
