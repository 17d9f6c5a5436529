package com.ocpizza.gateway;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id that the services log and answer with, keeping a well-formed one from
 * the caller so a support request can quote it.
 */
@Component
class RequestIdFilter implements GlobalFilter, Ordered {

  static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    String incoming = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
    String requestId =
        incoming != null && SAFE_ID.matcher(incoming).matches()
            ? incoming
            : UUID.randomUUID().toString();
    ServerWebExchange withId =
        exchange
            .mutate()
            .request(request -> request.headers(headers -> headers.set(REQUEST_ID, requestId)))
            .build();
    // Set once the service's headers are in, so the answer carries the id once, not twice.
    withId
        .getResponse()
        .beforeCommit(
            () -> {
              withId.getResponse().getHeaders().set(REQUEST_ID, requestId);
              return Mono.empty();
            });
    return chain.filter(withId);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
