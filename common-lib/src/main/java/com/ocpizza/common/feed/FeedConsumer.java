package com.ocpizza.common.feed;

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
}
