package com.ocpizza.order.stock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ocpizza.common.problem.DependencyUnavailableException;
import com.ocpizza.common.problem.NotFoundException;
import com.ocpizza.common.security.ServiceTokens;
import com.ocpizza.order.order.OrderId;
import com.ocpizza.order.order.Size;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the stock service with this service's token, short timeouts and a circuit breaker: when it
 * is down or slow the caller gets a fast 503; a shortage is a 409 naming the products. Reservation
 * calls are idempotent per order, so the jobs may repeat them. A pizzeria and its menu are reused
 * for {@link StockProperties#cacheFor()} (a second by default): at a few orders a second that
 * spares two of the three calls a placement makes.
 */
@Component
public class StockClient {

  /** What to reserve: so many of a product at a size. */
  public record Line(long productId, Size size, int count) {}

  record ReservationRequest(long pizzeriaId, List<Line> lines) {}

  private static final String DEPENDENCY = "stock";

  private final RestClient http;
  private final CircuitBreaker breaker;
  private final Retry reservationRetry;
  private final JsonMapper json = new JsonMapper();
  private final Cache<Long, Pizzeria> pizzerias;
  private final Cache<Long, Menu> menus;

  StockClient(RestClient.Builder builder, ServiceTokens tokens, StockProperties properties) {
    this.http = tokens.client(builder, properties.url(), properties.readTimeout());
    this.pizzerias = recent(properties.cacheFor());
    this.menus = recent(properties.cacheFor());
    this.breaker =
        CircuitBreaker.of(
            DEPENDENCY,
            CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(5))
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(StockClient::isOutage)
                .build());
    this.reservationRetry =
        Retry.of(
            "stock-reservation",
            RetryConfig.custom()
                .maxAttempts(3)
                .waitDuration(Duration.ofMillis(200))
                .retryOnException(
                    e -> isOutage(e) || e instanceof HttpClientErrorException.Conflict)
                .build());
  }

  /** The pizzeria, or 404 when the stock service knows no such pizzeria. */
  public Pizzeria pizzeria(long pizzeriaId) {
    return pizzerias.get(
        pizzeriaId,
        id ->
            call(() -> http.get().uri("/api/pizzerias/{id}", id).retrieve().body(Pizzeria.class)));
  }

  /** The pizzeria's menu with its prices. */
  public Menu menu(long pizzeriaId) {
    return menus.get(
        pizzeriaId,
        id ->
            call(() -> http.get().uri("/api/pizzerias/{id}/menu", id).retrieve().body(Menu.class)));
  }

  /**
   * What was read in the last {@code period}; one reader fetches a missing entry while the others
   * for the same pizzeria wait for it, and a failed read is not kept.
   */
  private static <V> Cache<Long, V> recent(Duration period) {
    return Caffeine.newBuilder().expireAfterWrite(period).maximumSize(1_000).build();
  }

  /**
   * Holds the stock for the order's lines, replacing what it held before; all or nothing. The call
   * is idempotent per order, so a call that timed out (and may have been applied) is made again
   * before the order is given up: a reservation made too late for its answer would otherwise hold
   * stock for an order that was not placed until the release job gives it back.
   */
  public void reserve(OrderId orderId, long pizzeriaId, List<Line> lines) {
    Supplier<Object> put =
        () -> {
          try {
            return http.put()
                .uri("/internal/reservations/{orderId}", orderId.toString())
                .body(new ReservationRequest(pizzeriaId, lines))
                .retrieve()
                .toBodilessEntity();
          } catch (HttpClientErrorException.Conflict e) {
            if (isShortage(e)) {
              throw new OutOfStockException(unavailable(e.getResponseBodyAsString()));
            }
            // Another attempt at the same reservation (an earlier one that timed out here but
            // still ran there) is under way: the next attempt finds it done.
            throw e;
          }
        };
    try {
      mapFailures(() -> reservationRetry.executeSupplier(() -> breaker.executeSupplier(put)));
    } catch (HttpClientErrorException.Conflict stillChanging) {
      throw new DependencyUnavailableException(DEPENDENCY, stillChanging);
    }
  }

  /**
   * Gives back what the order holds; nothing happens for an order holding nothing. A 404 (no such
   * reservation) means there is nothing to give back: the order is released all the same.
   */
  public void release(OrderId orderId) {
    call(
        () -> {
          try {
            return http.delete()
                .uri("/internal/reservations/{orderId}", orderId.toString())
                .retrieve()
                .toBodilessEntity();
          } catch (HttpClientErrorException.NotFound nothingHeld) {
            return null;
          }
        });
  }

  private <T> T call(Supplier<T> request) {
    return mapFailures(() -> breaker.executeSupplier(request));
  }

  private <T> T mapFailures(Supplier<T> request) {
    try {
      return request.get();
    } catch (CallNotPermittedException | OAuth2AuthorizationException e) {
      // No token from auth is as good as no answer from the stock: the caller may retry.
      throw new DependencyUnavailableException(DEPENDENCY, e);
    } catch (HttpClientErrorException.NotFound e) {
      throw new NotFoundException("The stock service knows no such pizzeria.");
    } catch (RestClientException e) {
      if (isOutage(e)) {
        throw new DependencyUnavailableException(DEPENDENCY, e);
      }
      throw e;
    }
  }

  /** A failure of the stock service itself (down, slow, 5xx), as opposed to a refused request. */
  private static boolean isOutage(Throwable e) {
    if (e instanceof HttpClientErrorException client) {
      return client.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS;
    }
    return e instanceof RestClientException || e instanceof OAuth2AuthorizationException;
  }

  /** A refusal for want of stock, as opposed to a conflict over the reservation itself. */
  private boolean isShortage(HttpClientErrorException.Conflict e) {
    try {
      return json.readTree(e.getResponseBodyAsString())
          .path("type")
          .asString()
          .endsWith(":insufficient-stock");
    } catch (RuntimeException unreadable) {
      return true;
    }
  }

  private List<OutOfStockException.UnavailableProduct> unavailable(String body) {
    List<OutOfStockException.UnavailableProduct> products = new ArrayList<>();
    try {
      for (JsonNode product : json.readTree(body).path("products")) {
        products.add(
            new OutOfStockException.UnavailableProduct(
                product.path("productId").asLong(),
                product.path("name").asString(),
                product.path("size").asString()));
      }
    } catch (RuntimeException e) {
      // An unreadable body still means a shortage; the products are then not named.
    }
    return products;
  }
}
