package com.ocpizza.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A plain HTTP client of the suite's gateway, as a browser or a phone would use it. */
final class Gateway {

  static final String INSTANCE_ID = "X-Instance-Id";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;

  Gateway(URI base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during GET " + path, e);
    }
  }

  /** Which service instance answered, e.g. {@code stock-18083}. */
  static Optional<String> instanceId(HttpResponse<?> response) {
    return response.headers().firstValue(INSTANCE_ID);
  }
}
