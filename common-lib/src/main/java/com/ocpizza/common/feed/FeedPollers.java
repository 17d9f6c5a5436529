package com.ocpizza.common.feed;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs every poller of this service on its own schedule once the application has started. */
class FeedPollers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FeedPollers.class);

  private final List<FeedPoller> pollers;
  private final FeedProperties properties;
  private ScheduledExecutorService scheduler;

  FeedPollers(List<FeedPoller> pollers, FeedProperties properties) {
    this.pollers = pollers;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (pollers.isEmpty()) {
      return;
    }
    scheduler = Executors.newScheduledThreadPool(1, runnable -> daemon(runnable));
    pollers.forEach(poller -> scheduler.execute(() -> poll(poller)));
  }

  private void poll(FeedPoller poller) {
    long delay = properties.pollInterval().toMillis();
    try {
      if (poller.pollOnce() >= properties.batchSize()) {
        delay = 0;
      }
    } catch (RuntimeException e) {
      log.warn("Polling the {} feed failed: {}", poller.source(), e.getMessage());
      delay = Math.max(delay, 2_000);
    }
    ScheduledExecutorService current = scheduler;
    if (current != null && !current.isShutdown()) {
      current.schedule(() -> poll(poller), delay, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler == null) {
      return;
    }
    scheduler.shutdownNow();
    scheduler = null;
    for (FeedPoller poller : pollers) {
      try {
        poller.stop();
      } catch (RuntimeException e) {
        log.debug("Could not release the {} feed lease", poller.source(), e);
      }
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "feed-poller");
    thread.setDaemon(true);
    return thread;
  }
}
