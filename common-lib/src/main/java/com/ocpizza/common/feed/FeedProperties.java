package com.ocpizza.common.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this service's feed consumers read from and how often.
 *
 * @param sources base URLs of each publishing service's replicas, by source name; any of them
 *     serves the same feed, so the poller moves to the next when one does not answer
 * @param pollInterval pause between two polls when the feed had nothing new
 * @param batchSize events fetched per poll
 * @param lease how long one replica keeps the right to poll a source without renewing it
 */
@ConfigurationProperties("ocpizza.feed")
public record FeedProperties(
    Map<String, List<URI>> sources,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("100") int batchSize,
    @DefaultValue("10s") Duration lease) {

  public FeedProperties {
    sources = sources == null ? Map.of() : Map.copyOf(sources);
  }
}
