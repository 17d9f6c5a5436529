package com.ocpizza.gateway;

import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Drops the headers a caller could use to pass for someone or somewhere else: forwarding headers
 * (the gateway sets its own from the connection, so services see the real client address) and any
 * identity header (services only trust the access token). Hop-by-hop headers are removed by the
 * gateway's own filter when forwarding.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SpoofedHeaders implements WebFilter {

  static final List<String> PREFIXES = List.of("x-forwarded-", "x-user-", "x-auth-", "x-ocpizza-");
  static final List<String> NAMES =
      List.of(
          "forwarded",
          "x-real-ip",
          "x-client-ip",
          "true-client-ip",
          "x-original-url",
          "x-rewrite-url",
          "x-roles",
          "x-pizzeria-id",
          "x-instance-id");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    boolean spoofed =
        exchange.getRequest().getHeaders().headerNames().stream()
            .anyMatch(SpoofedHeaders::isSpoofable);
    if (!spoofed) {
      return chain.filter(exchange);
    }
    return chain.filter(
        exchange
            .mutate()
            .request(
                request ->
                    request.headers(
                        headers ->
                            List.copyOf(headers.headerNames()).stream()
                                .filter(SpoofedHeaders::isSpoofable)
                                .forEach(headers::remove)))
            .build());
  }

  static boolean isSpoofable(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return NAMES.contains(lower) || PREFIXES.stream().anyMatch(lower::startsWith);
  }
}
