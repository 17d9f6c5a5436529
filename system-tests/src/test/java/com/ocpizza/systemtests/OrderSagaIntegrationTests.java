package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.launcher.Suite;
import com.ocpizza.launcher.WebSignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order saga against the real suite: both order replicas, the real stock service and its
 * reservations, demo people signed in with the authorization-code flow. The orders go to
 * Saint-Denis (pizzeria 5), opened every day of the week for the run, and take tiramisus, a resold
 * item whose stock is a plain count the tests set as the manager.
 *
 * <p>Bursts go to the two replicas directly, half each, as the load balancer in front of them
 * would: the gateway allows only a few order creations a minute per person.
 */
@ExtendWith(RunningSuite.class)
class OrderSagaIntegrationTests {

  static final long SAINT_DENIS = 5;
  static final long TIRAMISU = 14;
  static final long TIRAMISU_STOCK = 29;

  private static final Pattern ORDER_ID =
      Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"number\"");
  private static final Pattern MOVED_ORDER = Pattern.compile("\"orderId\":\"([0-9a-f-]{36})\"");
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private static volatile boolean opened;

  @Test
  void theSameKeySentTwentyTimesOverBothReplicasPlacesOneOrderAndOneReservation(Suite suite)
      throws Exception {
    Gateway lucie = person(suite, "lucie.martin@ocpizza.demo");
    List<Gateway> replicas = replicas(suite, "lucie.martin@ocpizza.demo");
    setTiramisus(suite, 100);
    int ordersBefore = ids(lucie.get("/api/orders").body()).size();
    String key = UUID.randomUUID().toString();

    List<HttpResponse<String>> answers =
        concurrently(20, i -> placeAsAClientWould(replicas, i, 2, key, false));

    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
    Set<String> placed = new HashSet<>();
    answers.forEach(a -> placed.add(field(a.body(), "id")));
    assertThat(placed).hasSize(1);
    assertThat(ids(lucie.get("/api/orders").body())).hasSize(ordersBefore + 1);
    assertThat(tiramisusLeft(suite)).isEqualTo(98);
    assertThat(reservationStatus(suite, placed.iterator().next())).isEqualTo("ACTIVE");

    HttpResponse<String> otherBody = place(replicas.get(1), 3, key);
    assertThat(otherBody.statusCode()).as(otherBody.body()).isEqualTo(422);
    assertThat(otherBody.body()).contains("urn:ocpizza:problem:unprocessable");
    assertThat(ids(lucie.get("/api/orders").body())).hasSize(ordersBefore + 1);
    assertThat(tiramisusLeft(suite)).isEqualTo(98);
  }

  @Test
  void twoHundredOrdersRacingForTheLastFiftyTiramisusPlaceExactlyFifty(Suite suite)
      throws Exception {
    List<Gateway> replicas = replicas(suite, "karim.benali@ocpizza.demo");
    setTiramisus(suite, 50);

    List<HttpResponse<String>> answers =
        concurrently(
            200,
            i -> {
              String key = UUID.randomUUID().toString();
              return placeAsAClientWould(replicas, i, 1, key, true);
            });

    List<String> placed =
        answers.stream()
            .filter(a -> a.statusCode() == 201)
            .map(a -> field(a.body(), "id"))
            .distinct()
            .toList();
    assertThat(placed)
        .as(
            "placed; the others answered %s",
            answers.stream()
                .filter(a -> a.statusCode() != 201)
                .map(a -> a.statusCode() + " " + field(a.body(), "type"))
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        a -> a, java.util.stream.Collectors.counting())))
        .hasSize(50);
    assertThat(answers)
        .filteredOn(a -> a.statusCode() != 201)
        .hasSize(150)
        .allSatisfy(
            a -> {
              assertThat(a.statusCode()).as(a.body()).isEqualTo(409);
              assertThat(a.body()).contains("Tiramisu");
            });
    assertThat(tiramisusLeft(suite)).isZero();
    Gateway manager = person(suite, "manager.saint-denis@ocpizza.demo");
    assertThat(placed)
        .allSatisfy(
            id ->
                assertThat(field(manager.get("/api/orders/" + id).body(), "status"))
                    .isEqualTo("RECEIVED"));
    setTiramisus(suite, 100);
  }

  @Test
  void withTheStockServiceStoppedPlacementAnswers503WithinASecondAndHoldsNothing(Suite suite) {
    Instant began = Instant.now();
    Gateway karim = person(suite, "karim.benali@ocpizza.demo");
    setTiramisus(suite, 100);
    String key = UUID.randomUUID().toString();

    suite.stopService("stock");
    HttpResponse<String> refused;
    long took;
    try {
      long start = System.nanoTime();
      refused = place(karim, 1, key);
      took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    } finally {
      suite.startService("stock");
    }

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.body()).contains("urn:ocpizza:problem:dependency-unavailable");
    assertThat(took).isLessThan(1000);
    assertNoStockHeldByALostOrder(suite, began);
    // Once the stock answers again (and the breaker lets calls through), the same order is taken.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> place(karim, 1, key).statusCode() == 201);
  }

  @Test
  void anOrderReplicaKilledDuringABurstLosesNoPlacedOrderAndStrandsNoStock(Suite suite)
      throws Exception {
    Instant began = Instant.now();
    List<Gateway> replicas = replicas(suite, "karim.benali@ocpizza.demo");
    setTiramisus(suite, 1000);
    String victim = suite.orderReplicas().get(1);
    long pid = pid(suite, victim);
    AtomicInteger answered = new AtomicInteger();
    CountDownLatch halfway = new CountDownLatch(10);

    List<String> placed = new ArrayList<>();
    ExecutorService killer = Executors.newSingleThreadExecutor();
    try {
      Future<?> kill =
          killer.submit(
              () -> {
                halfway.await();
                // Gone for good before it is started again, or the start would find it alive.
                ProcessHandle victimProcess = ProcessHandle.of(pid).orElseThrow();
                victimProcess.destroyForcibly();
                return victimProcess.onExit().get(30, TimeUnit.SECONDS);
              });
      List<HttpResponse<String>> answers =
          concurrently(
              60,
              i -> {
                try {
                  return place(replicas.get(i % 2), 1, UUID.randomUUID().toString());
                } catch (UncheckedIOException lost) {
                  return null; // Cut off with the replica: the client does not know.
                } finally {
                  answered.incrementAndGet();
                  halfway.countDown();
                }
              });
      kill.get(60, TimeUnit.SECONDS);
      answers.stream()
          .filter(a -> a != null && a.statusCode() == 201)
          .forEach(a -> placed.add(field(a.body(), "id")));
      assertThat(answers).as("some requests were cut off").contains((HttpResponse<String>) null);
    } finally {
      killer.shutdownNow();
      suite.startService(victim);
    }

    assertThat(answered).hasValue(60);
    assertThat(placed).isNotEmpty();
    Gateway manager = person(suite, "manager.saint-denis@ocpizza.demo");
    for (String id : placed) {
      HttpResponse<String> order = manager.get("/api/orders/" + id);
      assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
      assertThat(field(order.body(), "status")).isEqualTo("RECEIVED");
    }
    // Orders cut off mid-saga are finished by the recovery job of the surviving replica, which
    // may first have to wait for the lease the killed one held.
    assertNoStockHeldByALostOrder(suite, began);
  }

  // --- helpers, shared with the other order system tests ---------------------------------------

  /** Every reservation made since {@code since} is held by an order that exists and goes on. */
  static void assertNoStockHeldByALostOrder(Suite suite, Instant since) {
    Gateway manager = person(suite, "manager.saint-denis@ocpizza.demo");
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              for (String orderId : reservedSince(suite, since)) {
                if (!"ACTIVE".equals(reservationStatus(suite, orderId))) {
                  continue;
                }
                HttpResponse<String> order = manager.get("/api/orders/" + orderId);
                assertThat(order.statusCode()).as("order %s holding stock", orderId).isEqualTo(200);
                assertThat(field(order.body(), "status"))
                    .as("order %s holding stock", orderId)
                    .isNotIn("PENDING", "REJECTED", "CANCELLED");
              }
            });
  }

  /** The orders that reserved tiramisus at Saint-Denis since then, from the stock's movements. */
  static Set<String> reservedSince(Suite suite, Instant since) {
    Gateway manager = person(suite, "manager.saint-denis@ocpizza.demo");
    Set<String> orders = new HashSet<>();
    for (int page = 0; ; page++) {
      HttpResponse<String> movements =
          manager.get(
              "/api/stock/pizzerias/%d/movements?ingredientId=%d&reason=ORDER_RESERVED&from=%s&size=200&page=%d"
                  .formatted(SAINT_DENIS, TIRAMISU_STOCK, since, page));
      assertThat(movements.statusCode()).as(movements.body()).isEqualTo(200);
      Matcher moved = MOVED_ORDER.matcher(movements.body());
      int found = 0;
      while (moved.find()) {
        orders.add(moved.group(1));
        found++;
      }
      if (found < 200) {
        return orders;
      }
    }
  }

  /** {@code ACTIVE}, {@code RELEASED}, or {@code NONE} when the stock knows no reservation. */
  static String reservationStatus(Suite suite, String orderId) {
    HttpResponse<String> reservation =
        service(suite, suite.url("stock")).get("/internal/reservations/" + orderId);
    if (reservation.statusCode() == 404) {
      return "NONE";
    }
    assertThat(reservation.statusCode()).as(reservation.body()).isEqualTo(200);
    return field(reservation.body(), "status");
  }

  /**
   * Places through replica {@code i % 2}; when the service sheds the request or asks to come back
   * while the first attempt is still under way, sends it again with the same key, to either
   * replica; when it says the first attempt failed, sends it again with a new key as it asks, if
   * {@code orderAnew} (a client sharing one key with others would leave that to the first one).
   */
  static HttpResponse<String> placeAsAClientWould(
      List<Gateway> replicas, int i, int tiramisus, String firstKey, boolean orderAnew)
      throws InterruptedException {
    String key = firstKey;
    HttpResponse<String> answer = place(replicas.get(i % 2), tiramisus, key);
    for (int retry = 0; retry < 40 && mayRetry(answer, orderAnew); retry++) {
      Thread.sleep(250);
      if (asksForANewKey(answer)) {
        key = UUID.randomUUID().toString();
      }
      answer = place(replicas.get((i + retry + 1) % 2), tiramisus, key);
    }
    return answer;
  }

  /** A refusal that asks the client to send the request again. */
  static boolean mayRetry(HttpResponse<String> answer, boolean orderAnew) {
    return answer.statusCode() == 503
        || (answer.statusCode() == 409 && answer.body().contains("try again shortly"))
        || (orderAnew && asksForANewKey(answer));
  }

  static boolean asksForANewKey(HttpResponse<String> answer) {
    return answer.statusCode() == 409 && answer.body().contains("again with a new key");
  }

  /** A web takeaway order of tiramisus at Saint-Denis, paid at the counter. */
  static HttpResponse<String> place(Gateway customer, int tiramisus, String key) {
    return customer.post(
        "/api/orders",
        """
        {"pizzeriaId":%d,"channel":"WEB","fulfilment":"TAKEAWAY","paymentMethod":"CASH",
         "lines":[{"productId":%d,"size":"SINGLE","count":%d}]}
        """
            .formatted(SAINT_DENIS, TIRAMISU, tiramisus),
        "Idempotency-Key",
        key);
  }

  /** The manager counts the tiramisus on the shelf: the stock becomes that many. */
  static void setTiramisus(Suite suite, int count) {
    openSaintDenisAllWeek(suite);
    HttpResponse<String> counted =
        person(suite, "manager.saint-denis@ocpizza.demo")
            .post(
                "/api/stock/pizzerias/%d/inventory".formatted(SAINT_DENIS),
                "{\"lines\":[{\"ingredientId\":%d,\"countedQuantity\":%d}]}"
                    .formatted(TIRAMISU_STOCK, count));
    assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
  }

  static int tiramisusLeft(Suite suite) {
    String stock =
        person(suite, "manager.saint-denis@ocpizza.demo")
            .get("/api/stock/pizzerias/" + SAINT_DENIS)
            .body();
    Matcher line =
        Pattern.compile("\"ingredientId\":" + TIRAMISU_STOCK + ",[^}]*?\"quantity\":([0-9.-]+)")
            .matcher(stock);
    assertThat(line.find()).as(stock).isTrue();
    return new java.math.BigDecimal(line.group(1)).intValueExact();
  }

  /**
   * The head office opens Saint-Denis every day from midnight to 23:59:59, so that the tests may
   * order whatever the time of the run; the rest of its description is the demo data's.
   */
  static synchronized void openSaintDenisAllWeek(Suite suite) {
    if (opened) {
      return;
    }
    StringBuilder hours = new StringBuilder();
    for (String day :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      hours.append(hours.isEmpty() ? "" : ",");
      hours.append("{\"day\":\"%s\",\"opens\":\"00:00\",\"closes\":\"23:59:59\"}".formatted(day));
    }
    HttpResponse<String> changed =
        person(suite, "founder@ocpizza.demo")
            .put(
                "/api/pizzerias/" + SAINT_DENIS,
                """
                {"name":"OC Pizza Saint-Denis",
                 "address":{"street":"8 rue de la République","postcode":"93200","city":"Saint-Denis"},
                 "phone":"01 48 20 10 93","siret":"81234567600140","openingHours":[%s],
                 "deliveryArea":{"postcodes":["93200","93210","93400"],"fee":3.00}}
                """
                    .formatted(hours));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"openNow\":true");
    opened = true;
  }

  /** A demo person signed in (directly at auth: the gateway allows few sign-ins a minute). */
  static Gateway person(Suite suite, String email) {
    String token = TOKENS.computeIfAbsent(email, e -> signIn(suite, e));
    return Gateway.withToken(suite.gatewayUrl(), token);
  }

  private static String signIn(Suite suite, String email) {
    try {
      return new WebSignIn(suite.url("auth")).signIn(email, demoPassword(suite)).access();
    } catch (IllegalStateException e) {
      HttpResponse<String> authorize =
          Gateway.anonymous(suite.url("auth"))
              .get(
                  "/oauth2/authorize?response_type=code&client_id=web&scope=openid&state=s"
                      + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fapp%2Fcallback"
                      + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                      + "&code_challenge_method=S256");
      throw new IllegalStateException(
          "Sign-in of "
              + email
              + " failed; authorize answers "
              + authorize.statusCode()
              + " "
              + authorize.headers().map()
              + " "
              + authorize.body().substring(0, Math.min(300, authorize.body().length())),
          e);
    }
  }

  /** The same person talking to each order replica directly. */
  static List<Gateway> replicas(Suite suite, String email) {
    person(suite, email);
    return suite.orderReplicas().stream()
        .map(replica -> Gateway.withToken(suite.url(replica), TOKENS.get(email)))
        .toList();
  }

  /** A service calling another service's internal endpoints. */
  static Gateway service(Suite suite, URI base) {
    String token =
        TOKENS.computeIfAbsent(
            "service",
            s ->
                Gateway.withServiceToken(suite.url("auth"), "management", suite.serviceSecret())
                    .token());
    return Gateway.withToken(base, token);
  }

  static long pid(Suite suite, String instance) {
    return suite.status().stream()
        .filter(s -> s.name().equals(instance))
        .findFirst()
        .filter(s -> s.pid().isPresent())
        .map(s -> s.pid().getAsLong())
        .orElseThrow(() -> new IllegalStateException(instance + " does not run"));
  }

  static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    if (!matcher.find()) {
      throw new AssertionError("No " + name + " in " + json);
    }
    return matcher.group(1);
  }

  static List<String> ids(String orders) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = ORDER_ID.matcher(orders);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  /** A task numbered from 0, for {@link #concurrently}. */
  interface Call<T> {
    T call(int i) throws Exception;
  }

  /** Runs {@code n} calls at once, released together, and answers their results in order. */
  static <T> List<T> concurrently(int n, Call<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call(index);
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String demoPassword(Suite suite) {
    try {
      String first = Files.readAllLines(suite.runtimeDir().resolve("demo-accounts.txt")).get(0);
      return first.substring(first.lastIndexOf(": ") + 2).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
