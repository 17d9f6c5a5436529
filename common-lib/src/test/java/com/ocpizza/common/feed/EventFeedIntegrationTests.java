package com.ocpizza.common.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.common.TestApplication;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class EventFeedIntegrationTests {

  record PizzaBaked(String pizza, int count) {}

  @Autowired Outbox outbox;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @LocalServerPort int port;

  JdbcClient jdbc;
  TransactionTemplate transaction;
  FeedClient client;
  FeedCursors cursors;

  @BeforeEach
  void emptyTables() {
    jdbc = JdbcClient.create(dataSource);
    transaction = new TransactionTemplate(transactions);
    client =
        new FeedClient(
            RestClient.builder()
                .defaultHeader("Authorization", TestTokens.bearer(TestTokens.service("test")))
                .build());
    cursors = new FeedCursors(jdbc, transaction);
    jdbc.sql("DELETE FROM event_outbox").update();
    jdbc.sql("DELETE FROM feed_cursor").update();
    jdbc.sql("DELETE FROM applied_event").update();
  }

  @Test
  void servesEventsInIdOrderAfterTheCursor() {
    long first = publish("Margherita");
    publish("Reine");
    publish("Calzone");

    List<FeedEvent> all = client.fetch(feedUrl(), first - 1, 100);
    assertThat(all).extracting(FeedEvent::type).containsOnly("PizzaBaked");
    assertThat(all)
        .extracting(event -> event.payload().get("pizza").asString())
        .containsExactly("Margherita", "Reine", "Calzone");
    assertThat(all).extracting(FeedEvent::id).isSorted();
    assertThat(client.fetch(feedUrl(), first, 100)).hasSize(2);
    assertThat(client.fetch(feedUrl(), first - 1, 1)).hasSize(1);
  }

  @Test
  void refusesToWriteAnEventOutsideTheChangesTransaction() {
    assertThatThrownBy(() -> outbox.append("PizzaBaked", "1", new PizzaBaked("Reine", 1)))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void aRolledBackChangeLeavesNoEvent() {
    transaction.executeWithoutResult(
        status -> {
          outbox.append("PizzaBaked", "1", new PizzaBaked("Reine", 1));
          status.setRollbackOnly();
        });
    assertThat(client.fetch(feedUrl(), 0, 100)).isEmpty();
  }

  @Test
  void aConsumerThatCrashesBetweenApplyAndCursorAppliesEachEventOnce() {
    publish("Margherita");
    long second = publish("Reine");
    publish("Calzone");
    AtomicBoolean crashed = new AtomicBoolean();
    FeedConsumer crashingOnce =
        consumer(
            "replica-a",
            event -> {
              if (event.id() == second && crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("process died before moving the cursor");
              }
            });
    FeedPoller poller = poller(crashingOnce, "replica-a", Duration.ofSeconds(10));

    assertThatThrownBy(poller::pollOnce).hasMessageContaining("process died");
    poller.pollOnce();
    poller.pollOnce();

    assertThat(appliedCounts()).hasSize(3).allSatisfy((id, count) -> assertThat(count).isOne());
    assertThat(cursors.position("self")).isEqualTo(second + 1);
  }

  @Test
  void aBatchIsAppliedWholeOrNotAtAll() {
    long first = publish("Margherita");
    publish("Reine");
    long third = publish("Calzone");
    FeedConsumer brokenOnTheThird =
        consumer(
            "replica-a",
            event -> {
              if (event.id() == third) {
                throw new IllegalStateException("an event this consumer cannot apply");
              }
            });
    FeedPoller poller = poller(brokenOnTheThird, "replica-a", Duration.ofSeconds(10));

    assertThatThrownBy(poller::pollOnce).hasMessageContaining("cannot apply");

    assertThat(appliedCounts()).isEmpty();
    assertThat(cursors.position("self")).isLessThan(first);
  }

  @Test
  void aConsumerReceivesWhatOnePollBringsAsOneBatch() {
    publish("Margherita");
    publish("Reine");
    publish("Calzone");
    List<Integer> batches = new ArrayList<>();
    FeedConsumer combining =
        new FeedConsumer() {
          @Override
          public String source() {
            return "self";
          }

          @Override
          public void apply(FeedEvent event) {
            throw new AssertionError("the batch should have been applied as a whole");
          }

          @Override
          public void applyAll(List<FeedEvent> events) {
            batches.add(events.size());
          }
        };

    int applied = poller(combining, "replica-a", Duration.ofSeconds(10)).pollOnce();

    assertThat(applied).isEqualTo(3);
    assertThat(batches).containsExactly(3);
    assertThat(poller(combining, "replica-a", Duration.ofSeconds(10)).pollOnce()).isZero();
  }

  @Test
  void recordsTheLagOfEachAppliedEventPerSource() {
    publish("Margherita");
    publish("Reine");
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    FeedProperties properties =
        new FeedProperties(
            Map.of("self", List.of(feedUrl())),
            Duration.ofMillis(100),
            100,
            Duration.ofSeconds(10));
    FeedPoller poller =
        new FeedPoller(
            consumer("replica-a", e -> {}),
            List.of(feedUrl()),
            client,
            cursors,
            "replica-a",
            properties,
            Clock.systemUTC(),
            meters);

    int applied = poller.pollOnce();

    Timer lag = meters.get("ocpizza.feed.lag").tag("source", "self").timer();
    assertThat(applied).isGreaterThanOrEqualTo(2);
    assertThat(lag.count()).isEqualTo(applied);
  }

  @Test
  void twoReplicasRacingOnOneFeedNeverBothApplyAnEvent() throws Exception {
    for (int i = 0; i < 40; i++) {
      publish("Pizza " + i);
    }
    // A zero lease lets both replicas believe they may poll: the cursor lock alone must hold.
    FeedPoller a = poller(consumer("replica-a", e -> {}), "replica-a", Duration.ZERO);
    FeedPoller b = poller(consumer("replica-b", e -> {}), "replica-b", Duration.ZERO);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> runs = new ArrayList<>();
      for (FeedPoller poller : List.of(a, b)) {
        runs.add(
            threads.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 10; i++) {
                    poller.pollOnce();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(appliedCounts()).hasSize(40).allSatisfy((id, count) -> assertThat(count).isOne());
  }

  @Test
  void onlyTheLeaseHolderPolls() {
    publish("Margherita");
    FeedPoller a = poller(consumer("replica-a", e -> {}), "replica-a", Duration.ofSeconds(30));
    FeedPoller b = poller(consumer("replica-b", e -> {}), "replica-b", Duration.ofSeconds(30));

    assertThat(a.pollOnce()).isEqualTo(1);
    publish("Reine");
    assertThat(b.pollOnce()).isZero();
    a.stop();
    assertThat(b.pollOnce()).isEqualTo(1);
  }

  @Test
  void waitsForAnEventStillInFlightBeforeSkippingPastIt() throws Exception {
    publish("Margherita");
    CountDownLatch appended = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService slowWriter = Executors.newSingleThreadExecutor();
    try {
      Future<?> inFlight =
          slowWriter.submit(
              () ->
                  transaction.executeWithoutResult(
                      status -> {
                        outbox.append("PizzaBaked", "slow", new PizzaBaked("Slow", 1));
                        appended.countDown();
                        await(commit);
                      }));
      assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
      publish("Reine");
      FeedPoller poller =
          poller(consumer("replica-a", e -> {}), "replica-a", Duration.ofSeconds(10));

      assertThat(poller.pollOnce()).isEqualTo(1);
      assertThat(appliedCounts()).hasSize(1);

      commit.countDown();
      inFlight.get(10, TimeUnit.SECONDS);
      assertThat(poller.pollOnce()).isEqualTo(2);
      assertThat(appliedCounts()).hasSize(3);
    } finally {
      commit.countDown();
      slowWriter.shutdownNow();
    }
  }

  private long publish(String pizza) {
    transaction.executeWithoutResult(
        status -> outbox.append("PizzaBaked", pizza, new PizzaBaked(pizza, 1)));
    return jdbc.sql("SELECT MAX(id) FROM event_outbox").query(Long.class).single();
  }

  private FeedConsumer consumer(String replica, java.util.function.Consumer<FeedEvent> before) {
    return new FeedConsumer() {
      @Override
      public String source() {
        return "self";
      }

      @Override
      public void apply(FeedEvent event) {
        jdbc.sql("INSERT INTO applied_event (event_id, applied_by) VALUES (?, ?)")
            .params(event.id(), replica)
            .update();
        before.accept(event);
      }
    };
  }

  private FeedPoller poller(FeedConsumer consumer, String owner, Duration lease) {
    FeedProperties properties =
        new FeedProperties(Map.of("self", List.of(feedUrl())), Duration.ofMillis(100), 100, lease);
    // The first replica is down: the poller must move on to the one that answers.
    List<URI> replicas = List.of(URI.create("http://127.0.0.1:1"), feedUrl());
    return new FeedPoller(
        consumer, replicas, client, cursors, owner, properties, Clock.systemUTC());
  }

  private Map<Long, Long> appliedCounts() {
    Map<Long, Long> counts = new java.util.TreeMap<>();
    jdbc.sql("SELECT event_id, COUNT(*) AS n FROM applied_event GROUP BY event_id")
        .query(
            rs -> {
              counts.put(rs.getLong("event_id"), rs.getLong("n"));
            });
    return counts;
  }

  private URI feedUrl() {
    return URI.create("http://127.0.0.1:" + port);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
