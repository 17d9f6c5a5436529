package com.ocpizza.common.feed;

import java.net.URI;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** Fetches a page of another service's feed over HTTP. */
public class FeedClient {

  private static final ParameterizedTypeReference<List<FeedEvent>> EVENTS =
      new ParameterizedTypeReference<>() {};

  private final RestClient http;

  public FeedClient(RestClient http) {
    this.http = http;
  }

  /**
   * Events whose id is greater than {@code after}, oldest first, from the first replica that
   * answers.
   */
  public List<FeedEvent> fetch(List<URI> replicas, long after, int limit) {
    RuntimeException failure = null;
    for (URI base : replicas) {
      try {
        return fetch(base, after, limit);
      } catch (ResourceAccessException e) {
        failure = e;
      }
    }
    throw failure != null ? failure : new IllegalStateException("No replica to poll");
  }

  /** Events of the feed at {@code base} whose id is greater than {@code after}, oldest first. */
  public List<FeedEvent> fetch(URI base, long after, int limit) {
    URI uri =
        URI.create(
            base.toString().replaceAll("/+$", "")
                + "/internal/events?after="
                + after
                + "&limit="
                + limit);
    List<FeedEvent> events = http.get().uri(uri).retrieve().body(EVENTS);
    return events == null ? List.of() : events;
  }
}
