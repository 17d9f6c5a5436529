package com.ocpizza.gateway;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the configured size with a 413 problem: at once when the declared
 * length says so, and while streaming when the body comes in chunks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class BodySizeLimit implements WebFilter {

  private final long maxBytes;

  BodySizeLimit(EdgeProperties edge) {
    this.maxBytes = edge.maxBodySize().toBytes();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long declared = exchange.getRequest().getHeaders().getContentLength();
    if (declared > maxBytes) {
      return Problems.write(
          exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge());
    }
    if (declared >= 0) {
      return chain.filter(exchange);
    }
    AtomicLong read = new AtomicLong();
    ServerHttpRequestDecorator counted =
        new ServerHttpRequestDecorator(exchange.getRequest()) {
          @Override
          public Flux<DataBuffer> getBody() {
            return super.getBody()
                .doOnNext(
                    buffer -> {
                      if (read.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge());
                      }
                    });
          }
        };
    return chain.filter(exchange.mutate().request(counted).build());
  }

  private String tooLarge() {
    return "The request body is larger than " + maxBytes + " bytes.";
  }
}
