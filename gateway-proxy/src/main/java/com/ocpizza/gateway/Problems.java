package com.ocpizza.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the gateway's own refusals as RFC 9457 problems, like the services' answers. */
final class Problems {

  private static final JsonMapper JSON = new JsonMapper();

  private Problems() {}

  static Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:ocpizza:problem:" + type));
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    DataBuffer body =
        response
            .bufferFactory()
            .wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
    return response.writeWith(Mono.just(body));
  }
}
