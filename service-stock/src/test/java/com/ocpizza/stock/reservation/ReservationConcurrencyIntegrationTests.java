package com.ocpizza.stock.reservation;

import static com.ocpizza.stock.StockWorld.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.StockIntegrationTest;
import com.ocpizza.stock.StockWorld;
import com.ocpizza.stock.StockWorld.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@StockIntegrationTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReservationConcurrencyIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StockWorld world;
  long pizzeria;
  long cheese;
  long dough;
  long ham;
  List<Long> pizzas;

  /** Three pizzas sharing the cheese, and exactly enough cheese for fifty mediums. */
  @BeforeEach
  void aPizzeriaThatCanMakeExactlyFifty() {
    world = new StockWorld(port);
    cheese = world.ingredient("Scarce cheese", "GRAM", "0.011");
    dough = world.ingredient("Dough", "PIECE", "0.35");
    ham = world.ingredient("Ham", "GRAM", "0.014");
    pizzas =
        List.of(
            world.pizza("Cheese", Map.of(dough, "1", cheese, "100")),
            world.pizza("Ham and cheese", Map.of(ham, "60", cheese, "100", dough, "1")),
            world.pizza("Double ham", Map.of(cheese, "100", ham, "120")));
    pizzeria = world.openPizzeria();
    world.count(pizzeria, Map.of(cheese, "5000", dough, "1000", ham, "100000"));
  }

  @Test
  void twoHundredConcurrentOrdersForFiftyPizzasLeaveExactlyZeroCheese() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicReference<BigDecimal> lowest = new AtomicReference<>(new BigDecimal("5000"));
    Thread watcher =
        new Thread(
            () -> {
              while (running.get()) {
                BigDecimal now = stockOf(cheese);
                lowest.accumulateAndGet(now, BigDecimal::min);
              }
            });
    watcher.start();

    List<Integer> statuses;
    try {
      statuses =
          concurrently(
              200,
              i ->
                  world
                      .reserve(
                          UUID.randomUUID().toString(),
                          pizzeria,
                          List.of(line(pizzas.get(i % 3), "MEDIUM", 1)))
                      .status());
    } finally {
      running.set(false);
      watcher.join(10_000);
    }

    assertThat(statuses).filteredOn(status -> status == 200).hasSize(50);
    assertThat(statuses).filteredOn(status -> status == 409).hasSize(150);
    assertThat(stockOf(cheese)).isEqualByComparingTo("0");
    assertThat(lowest.get()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    assertThat(ledgerSum(cheese)).isEqualByComparingTo(stockOf(cheese));
    assertThat(ledgerSum(ham)).isEqualByComparingTo(stockOf(ham));
    assertThat(ledgerSum(dough)).isEqualByComparingTo(stockOf(dough));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM reservation WHERE pizzeria_id = ? AND status = 'ACTIVE'")
                .param(pizzeria)
                .query(Long.class)
                .single())
        .isEqualTo(50);
    assertThat(world.canMake(pizzeria, pizzas.get(0), "MEDIUM")).isZero();
  }

  @Test
  void concurrentReplaysOfOneOrderReserveOnce() throws Exception {
    String order = UUID.randomUUID().toString();
    List<Map<String, Object>> lines = List.of(line(pizzas.get(1), "MEDIUM", 2));

    List<Reply> replies = concurrently(30, i -> world.reserve(order, pizzeria, lines));
    Reply later = world.reserve(order, pizzeria, lines);

    assertThat(replies).extracting(Reply::status).containsOnly(200);
    assertThat(replies).extracting(Reply::body).containsOnly(later.body());
    assertThat(stockOf(cheese)).isEqualByComparingTo("4800");
    assertThat(stockOf(ham)).isEqualByComparingTo("99880");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM stock_movement WHERE order_id = ?")
                .param(order)
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void concurrentReservationsAndReleasesOfOverlappingRecipesNeverDeadlock() throws Exception {
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      orders.add(UUID.randomUUID().toString());
    }

    List<Integer> statuses =
        concurrently(
            80,
            i -> {
              String order = orders.get(i % 40);
              return i < 40
                  ? world
                      .reserve(order, pizzeria, List.of(line(pizzas.get(i % 3), "LARGE", 1)))
                      .status()
                  : world.release(order).status();
            });

    // A release may overtake its reservation (which then answers 409 for good), so which of
    // these appear depends on timing; a deadlock or a timeout would show as a 5xx.
    assertThat(statuses).isSubsetOf(200, 204, 409);
    assertThat(ledgerSum(cheese)).isEqualByComparingTo(stockOf(cheese));
    assertThat(ledgerSum(ham)).isEqualByComparingTo(stockOf(ham));
    BigDecimal held =
        jdbc.sql(
                "SELECT COALESCE(SUM(h.quantity), 0) FROM reservation_holding h"
                    + " JOIN reservation r ON r.order_id = h.order_id"
                    + " WHERE r.pizzeria_id = ? AND h.ingredient_id = ?")
            .params(pizzeria, cheese)
            .query(BigDecimal.class)
            .single();
    assertThat(stockOf(cheese).add(held)).isEqualByComparingTo("5000");
  }

  private <T> List<T> concurrently(int calls, Function<Integer, T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> results = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int index = i;
        Callable<T> task =
            () -> {
              start.await();
              return call.apply(index);
            };
        results.add(threads.submit(task));
      }
      start.countDown();
      List<T> values = new ArrayList<>();
      for (Future<T> result : results) {
        values.add(result.get(2, TimeUnit.MINUTES));
      }
      return values;
    } finally {
      threads.shutdownNow();
    }
  }

  private BigDecimal stockOf(long ingredient) {
    return jdbc.sql("SELECT quantity FROM stock_level WHERE pizzeria_id = ? AND ingredient_id = ?")
        .params(pizzeria, ingredient)
        .query(BigDecimal.class)
        .single();
  }

  private BigDecimal ledgerSum(long ingredient) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM stock_movement"
                + " WHERE pizzeria_id = ? AND ingredient_id = ?")
        .params(pizzeria, ingredient)
        .query(BigDecimal.class)
        .single();
  }
}
