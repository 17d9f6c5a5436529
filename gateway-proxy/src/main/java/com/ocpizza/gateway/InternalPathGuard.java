package com.ocpizza.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses any path that could reach a service's {@code /internal/**} endpoints once the service
 * normalises it: an {@code internal} segment, dot segments, or encoded slashes and dots. Routes
 * alone would forward {@code /api/orders/../../internal/events} as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InternalPathGuard implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (isSuspicious(exchange.getRequest().getURI().getRawPath())) {
      return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
    return chain.filter(exchange);
  }

  static boolean isSuspicious(String rawPath) {
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
      return true;
    }
    String decoded = URLDecoder.decode(lower.replace("+", "%2B"), StandardCharsets.UTF_8);
    return Arrays.stream(decoded.split("/"))
        .map(segment -> segment.split(";", 2)[0])
        .anyMatch(
            segment -> segment.equals("internal") || segment.equals("..") || segment.equals("."));
  }
}
