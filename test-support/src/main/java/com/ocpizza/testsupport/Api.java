package com.ocpizza.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service under test over real HTTP as a given caller (a {@link TestTokens} token, or
 * none), and reads its JSON answers.
 */
public final class Api {

  /** An answer: its status and its body read as JSON (null when empty). */
  public record Answer(int status, JsonNode json, String body) {}

  private static final JsonMapper JSON = new JsonMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String token;

  private Api(int port, String token) {
    this.port = port;
    this.token = token;
  }

  public static Api as(int port, String token) {
    return new Api(port, token);
  }

  public static Api anonymous(int port) {
    return new Api(port, null);
  }

  public static Api customer(int port, String accountId) {
    return as(port, TestTokens.customer(accountId));
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** Posts with an {@code Idempotency-Key} header. */
  public Answer post(String path, String json, String idempotencyKey) {
    return send(
        request(path)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The raw bytes of an answer, e.g. a PDF or a CSV file. */
  public byte[] bytes(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer post(String path, String json) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer put(String path, String json) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json");
    if (token != null) {
      builder.header("Authorization", TestTokens.bearer(token));
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
      return new Answer(
          response.statusCode(),
          body == null || body.isBlank() || !isJson ? null : JSON.readTree(body),
          body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
