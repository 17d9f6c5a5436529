package com.ocpizza.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a process whether it is ready for traffic, through its Actuator readiness probe. */
final class Readiness {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  /** UP, DOWN (answers, not ready) or UNREACHABLE. */
  String probe(String baseUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"") ? "UP" : "DOWN";
    } catch (IOException e) {
      return "UNREACHABLE";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "UNREACHABLE";
    }
  }

  boolean isReady(String baseUrl) {
    return "UP".equals(probe(baseUrl));
  }
}
