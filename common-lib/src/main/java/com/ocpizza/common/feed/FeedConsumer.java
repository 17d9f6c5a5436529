package com.ocpizza.common.feed;

import java.util.List;

/**
 * Applies the events of one other service's feed to this service's data. Each event is applied in
 * the same local transaction that advances the cursor, so its effect happens exactly once even
 * though the feed may deliver it more than once.
 */
public interface FeedConsumer {

  /** The feed this consumer reads: a key of {@code ocpizza.feed.sources}, e.g. {@code auth}. */
  String source();

  /**
   * Applies one event. It runs inside the transaction that records the cursor; throwing rolls both
   * back and the event is retried on the next poll.
   */
  void apply(FeedEvent event);

  /**
   * Applies several events, in id order, in the one transaction that records the cursor after the
   * last of them. One by one by default; a consumer may combine their effects (several increments
   * of one row, say) as long as the outcome is that of applying them one by one.
   */
  default void applyAll(List<FeedEvent> events) {
    events.forEach(this::apply);
  }
}
