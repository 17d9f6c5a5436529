package com.ocpizza.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Adds the browser security headers to every answer, the services' included. HSTS is sent even over
 * plain HTTP: in production TLS ends at the load balancer in front, and browsers ignore the header
 * on plain HTTP anyway. A CSP set by a service (its own page) is kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SecurityHeaders implements WebFilter {

  private final EdgeProperties edge;

  SecurityHeaders(EdgeProperties edge) {
    this.edge = edge;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              HttpHeaders headers = exchange.getResponse().getHeaders();
              headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
              headers.set("X-Content-Type-Options", "nosniff");
              headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
              headers.set("X-Frame-Options", "DENY");
              headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
              if (!headers.containsHeader("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", edge.contentSecurityPolicy());
              }
              return Mono.empty();
            });
    return chain.filter(exchange);
  }
}
