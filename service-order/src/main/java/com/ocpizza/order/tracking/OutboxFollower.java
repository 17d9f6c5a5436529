package com.ocpizza.order.tracking;

import com.ocpizza.common.feed.EventFeed;
import com.ocpizza.common.feed.FeedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows this service's own outbox by id and hands each new event to this replica's subscribers,
 * so a change committed on any replica reaches every live stream without a broker.
 */
@Component
class OutboxFollower {

  private final EventFeed feed;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private volatile long position;

  OutboxFollower(EventFeed feed, JdbcClient jdbc) {
    this.feed = feed;
    this.position =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM event_outbox").query(Long.class).single();
  }

  @Scheduled(fixedDelayString = "${ocpizza.order.tracking-interval:300ms}")
  void follow() {
    subscriptions.removeIf(Subscription::isClosed);
    List<FeedEvent> events = feed.after(position, 500);
    for (FeedEvent event : events) {
      subscriptions.forEach(subscription -> subscription.live(event));
      position = event.id();
    }
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
