package com.ocpizza.management.sales;

import static com.ocpizza.management.OrderMother.line;
import static com.ocpizza.management.OrderMother.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedCursors;
import com.ocpizza.common.feed.FeedEvent;
import com.ocpizza.management.Feeds;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** At-least-once delivery of the feeds never counts an order twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class FeedDeliveryIntegrationTests {

  @Autowired FeedCursors cursors;
  @Autowired List<FeedConsumer> consumers;
  @Autowired JdbcClient jdbc;

  Feeds feeds;
  long pizzeria;

  @BeforeEach
  void feeds() {
    feeds = new Feeds(cursors, consumers);
    pizzeria = ThreadLocalRandom.current().nextLong(10_000, 1_000_000);
  }

  @Test
  void aReplayedEventIsAppliedOnce() {
    FeedEvent placed = Feeds.event("OrderPlaced", placedPayload());

    assertThat(feeds.deliver("order", placed)).isTrue();
    assertThat(feeds.deliver("order", placed)).isFalse();

    assertThat(orders()).isEqualTo(1);
    assertThat(revenue()).isEqualByComparingTo("10.00");
  }

  @Test
  void anOlderEventDeliveredAfterANewerOneIsIgnored() {
    FeedEvent older = Feeds.event("OrderPlaced", placedPayload());
    FeedEvent newer = Feeds.event("OrderPlaced", placedPayload());

    feeds.deliver("order", newer);
    assertThat(feeds.deliver("order", older)).isFalse();

    assertThat(orders()).isEqualTo(1);
  }

  @Test
  void aCrashBetweenApplyingAndMovingTheCursorUndoesTheEffect() {
    FeedEvent placed = Feeds.event("OrderPlaced", placedPayload());
    FeedConsumer real = feeds.consumer("order");
    FeedConsumer crashing =
        new FeedConsumer() {
          @Override
          public String source() {
            return "order";
          }

          @Override
          public void apply(FeedEvent event) {
            real.apply(event);
            throw new IllegalStateException("crash after apply");
          }
        };
    long cursorBefore = cursors.position("order");

    assertThatThrownBy(() -> cursors.applyOnce("order", placed, crashing))
        .isInstanceOf(IllegalStateException.class);
    assertThat(orders()).isZero();
    assertThat(cursors.position("order")).isEqualTo(cursorBefore);

    assertThat(feeds.deliver("order", placed)).isTrue();
    assertThat(orders()).isEqualTo(1);
  }

  private String placedPayload() {
    return order(
        UUID.randomUUID().toString(),
        pizzeria,
        null,
        "WEB",
        "TAKEAWAY",
        "2026-11-20T12:00:00Z",
        "0",
        "10.00",
        "{\"10\":\"1.00\"}",
        "11.00",
        "CASH",
        List.of(line(1, "Margherita", "MEDIUM", 1, "10.00", "10")));
  }

  private long orders() {
    return jdbc.sql("SELECT COALESCE(SUM(orders), 0) FROM daily_sales WHERE pizzeria_id = ?")
        .param(pizzeria)
        .query(Long.class)
        .single();
  }

  private BigDecimal revenue() {
    return jdbc.sql("SELECT SUM(revenue_excl_vat) FROM daily_sales WHERE pizzeria_id = ?")
        .param(pizzeria)
        .query(BigDecimal.class)
        .single();
  }
}
