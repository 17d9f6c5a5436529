package com.ocpizza.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client of the suite's gateway, as a caller outside would use it, with or without an
 * access token.
 */
final class Gateway {

  static final String INSTANCE_ID = "X-Instance-Id";

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;
  private final String token;

  private Gateway(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** A caller without a token. */
  static Gateway anonymous(URI base) {
    return new Gateway(base, null);
  }

  /**
   * A caller holding a SERVICE token, obtained from auth through the gateway by client credentials:
   * the one kind of token the suite hands out without a person logging in.
   */
  static Gateway withServiceToken(URI base, String clientId, String secret) {
    Gateway anonymous = anonymous(base);
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    HttpResponse<String> response = anonymous.send(request);
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException(
          "No service token from "
              + request.uri()
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    return new Gateway(base, token.group(1));
  }

  /** A caller holding the given access token, e.g. a person's after signing in. */
  static Gateway withToken(URI base, String token) {
    return new Gateway(base, token);
  }

  /** The access token this caller sends, if any. */
  String token() {
    return token;
  }

  /** The same caller without its token. */
  Gateway withoutToken() {
    return anonymous(base);
  }

  HttpResponse<String> get(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(20))
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** Posts a JSON body, with extra headers given as name, value, name, value... */
  HttpResponse<String> post(String path, String json, String... headers) {
    return send(json(path, headers).POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** Puts a JSON body. */
  HttpResponse<String> put(String path, String json) {
    return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /**
   * Opens a stream of server-sent events and answers as soon as the headers arrive; the lines
   * follow as the server sends them, until the stream is closed.
   */
  HttpResponse<java.util.stream.Stream<String>> stream(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream").GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + path, e);
    }
  }

  private HttpRequest.Builder json(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(20));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + request.uri(), e);
    }
  }

  /** Which service instance answered, e.g. {@code stock-18083}. */
  static Optional<String> instanceId(HttpResponse<?> response) {
    return response.headers().firstValue(INSTANCE_ID);
  }
}
