package com.ocpizza.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what the gateway itself cannot route or reach as an RFC 9457 problem, in the same format
 * as the services: unknown paths (including every {@code /internal/**}) are 404, a service that
 * cannot be reached is 503 and one that is too slow 504.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

  private final JsonMapper json;

  ProblemErrorHandler(JsonMapper json) {
    this.json = json;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    ProblemDetail problem = problemFor(error);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
    exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    DataBuffer body =
        exchange
            .getResponse()
            .bufferFactory()
            .wrap(json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
    return exchange.getResponse().writeWith(Mono.just(body));
  }

  static ProblemDetail problemFor(Throwable error) {
    if (error instanceof NotFoundException) {
      // No healthy instance of the service behind the route.
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", unavailable());
    }
    if (error instanceof ResponseStatusException status) {
      HttpStatusCode code = status.getStatusCode();
      if (code.value() == 404) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such resource.");
      }
      if (code.value() == 504) {
        return problem(HttpStatus.GATEWAY_TIMEOUT, "dependency-timeout", tooSlow());
      }
      return problem(
          HttpStatus.valueOf(code.value()),
          code.is4xxClientError() ? "malformed-request" : "server-error",
          status.getReason() == null ? "The request could not be handled." : status.getReason());
    }
    if (hasCause(error, TimeoutException.class)) {
      return problem(HttpStatus.GATEWAY_TIMEOUT, "dependency-timeout", tooSlow());
    }
    if (hasCause(error, ConnectException.class)) {
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", unavailable());
    }
    log.error("Unexpected gateway failure", error);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Something went wrong.");
  }

  private static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:ocpizza:problem:" + type));
    return problem;
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String unavailable() {
    return "The service is unavailable; please try again shortly.";
  }

  private static String tooSlow() {
    return "The service took too long to answer; please try again.";
  }
}
