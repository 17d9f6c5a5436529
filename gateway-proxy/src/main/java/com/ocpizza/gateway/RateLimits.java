package com.ocpizza.gateway;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Token buckets per client address and per user (in memory, Bucket4j over Caffeine), with stricter
 * ones on logins, sign-ups and order creation. Over budget, the answer is a 429 problem with a
 * {@code Retry-After} saying when the next request will be accepted. Runs after the token check
 * (default order 0 comes after Spring Security's), so a logged-in user is counted by their id.
 */
@Component
class RateLimits implements WebFilter {

  private final EdgeProperties.RateLimits limits;
  private final List<CompiledRoute> routes;
  private final ProxyManager<String> buckets =
      Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(200_000))
          .expirationAfterWrite(
              ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                  Duration.ofMinutes(1)))
          .build();

  private record CompiledRoute(EdgeProperties.RouteLimit route, List<PathPattern> patterns) {

    boolean matches(ServerWebExchange exchange) {
      String method = route.method();
      if (method != null
          && !method.isBlank()
          && !method.equalsIgnoreCase(exchange.getRequest().getMethod().name())) {
        return false;
      }
      PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
      return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }
  }

  RateLimits(EdgeProperties edge) {
    this.limits = edge.rateLimits();
    this.routes =
        limits.routes().stream()
            .map(
                route ->
                    new CompiledRoute(
                        route,
                        route.paths().stream()
                            .map(PathPatternParser.defaultInstance::parse)
                            .toList()))
            .toList();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String ip = clientAddress(exchange);
    return exchange
        .getPrincipal()
        .map(principal -> principal.getName())
        .defaultIfEmpty("")
        .flatMap(
            user -> {
              long waitNanos = consume(exchange, ip, user);
              if (waitNanos <= 0) {
                return chain.filter(exchange);
              }
              long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
              exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
              return Problems.write(
                  exchange,
                  HttpStatus.TOO_MANY_REQUESTS,
                  "too-many-requests",
                  "Too many requests; try again in " + seconds + " s.");
            });
  }

  /** Takes a token from every bucket the request counts against; the longest wait if refused. */
  private long consume(ServerWebExchange exchange, String ip, String user) {
    List<String> keys = new ArrayList<>();
    List<EdgeProperties.Limit> budgets = new ArrayList<>();
    keys.add("ip:" + ip);
    budgets.add(limits.perIp());
    if (!user.isEmpty()) {
      keys.add("user:" + user);
      budgets.add(limits.perUser());
    }
    for (CompiledRoute route : routes) {
      if (route.matches(exchange)) {
        String name = route.route().name();
        keys.add(name + ":ip:" + ip);
        budgets.add(route.route().limit());
        if (!user.isEmpty()) {
          keys.add(name + ":user:" + user);
          budgets.add(route.route().limit());
        }
      }
    }
    long wait = 0;
    for (int i = 0; i < keys.size(); i++) {
      EdgeProperties.Limit limit = budgets.get(i);
      ConsumptionProbe probe =
          buckets.getProxy(keys.get(i), () -> configuration(limit)).tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        wait = Math.max(wait, probe.getNanosToWaitForRefill());
      }
    }
    return wait;
  }

  private static BucketConfiguration configuration(EdgeProperties.Limit limit) {
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build())
        .build();
  }

  private static String clientAddress(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }
}
