package com.ocpizza.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the gateway enforces at the edge before a request reaches a service.
 *
 * @param jwkSetUri the auth service's key set, for checking access tokens
 * @param issuer the issuer tokens must carry (the gateway's public URL)
 * @param allowedOrigins origins allowed to call the API from a browser (CORS); none by default
 * @param maxBodySize the largest request body accepted
 * @param contentSecurityPolicy the CSP sent with every answer that does not set its own
 * @param rateLimits limits per client address and per user, and stricter ones on some routes
 */
@ConfigurationProperties("ocpizza.edge")
record EdgeProperties(
    URI jwkSetUri,
    @DefaultValue("http://localhost:8080") String issuer,
    @DefaultValue List<String> allowedOrigins,
    @DefaultValue("1MB") DataSize maxBodySize,
    @DefaultValue(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                + " connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
                + " form-action 'self' http://localhost:5173; object-src 'none'")
        String contentSecurityPolicy,
    @DefaultValue RateLimits rateLimits) {

  /**
   * Request budgets, each a capacity refilled over a period.
   *
   * @param perIp every request of one client address
   * @param perUser every request of one authenticated user
   * @param routes stricter budgets on sensitive routes (login, sign-up, order creation)
   */
  record RateLimits(
      @DefaultValue("600/PT1M") Limit perIp,
      @DefaultValue("300/PT1M") Limit perUser,
      @DefaultValue List<RouteLimit> routes) {}

  /**
   * A stricter budget for some requests, counted per client address and, once logged in, per user.
   *
   * @param name a name for logs and bucket keys
   * @param method the HTTP method, or empty for any
   * @param paths path patterns, e.g. {@code /api/orders}
   * @param limit the budget
   */
  record RouteLimit(String name, String method, List<String> paths, Limit limit) {}

  /** A capacity refilled in full over a period, written {@code 10/PT1M}. */
  record Limit(long capacity, Duration period) {

    static Limit parse(String text) {
      String[] parts = text.split("/", 2);
      return new Limit(Long.parseLong(parts[0].strip()), Duration.parse(parts[1].strip()));
    }
  }
}
