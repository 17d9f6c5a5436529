package com.ocpizza.order.tracking;

import com.ocpizza.common.feed.FeedEvent;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One SSE client and the events it wants. While the events it missed are replayed from the outbox,
 * live ones wait in a queue, so the client gets every event once, in id order.
 */
class Subscription {

  private final SseEmitter emitter;
  private final Predicate<FeedEvent> wanted;
  private final Deque<FeedEvent> waiting = new ArrayDeque<>();
  private long lastSent;
  private boolean replaying = true;
  private boolean closed;

  Subscription(SseEmitter emitter, Predicate<FeedEvent> wanted, long lastSent) {
    this.emitter = emitter;
    this.wanted = wanted;
    this.lastSent = lastSent;
  }

  /**
   * Opens the stream at once with a comment, so the client (and any proxy between) sees a connected
   * stream before the first event, which may be minutes away.
   */
  synchronized void open() {
    try {
      emitter.send(SseEmitter.event().comment("open"));
    } catch (IOException | IllegalStateException e) {
      closed = true;
    }
  }

  /**
   * A comment line that keeps the connection busy, so that proxies and load balancers that close
   * idle connections (the AWS load balancer after 60 s by default) leave the stream open, and a
   * client gone away is noticed.
   */
  synchronized void keepAlive() {
    if (closed) {
      return;
    }
    try {
      emitter.send(SseEmitter.event().comment("keep-alive"));
    } catch (IOException | IllegalStateException e) {
      closed = true;
    }
  }

  synchronized void live(FeedEvent event) {
    if (replaying) {
      waiting.add(event);
    } else {
      send(event);
    }
  }

  synchronized void replayed(FeedEvent event) {
    send(event);
  }

  synchronized void replayDone() {
    replaying = false;
    while (!waiting.isEmpty()) {
      send(waiting.poll());
    }
  }

  synchronized boolean isClosed() {
    return closed;
  }

  synchronized void close() {
    closed = true;
  }

  private void send(FeedEvent event) {
    if (closed || event.id() <= lastSent || !wanted.test(event)) {
      return;
    }
    try {
      emitter.send(
          SseEmitter.event()
              .id(Long.toString(event.id()))
              .name(event.type())
              .data(
                  event.payload().toString(), org.springframework.http.MediaType.APPLICATION_JSON));
      lastSent = event.id();
    } catch (IOException | IllegalStateException e) {
      closed = true;
    }
  }
}
