package com.ocpizza.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client with cookies and no automatic redirects, standing for the web front in a
 * browser: it walks the login form and the authorization-code + PKCE flow step by step.
 */
public class Browser {

  public static final String CLIENT_ID = "web";
  public static final String REDIRECT_URI = "http://localhost:8080/app/callback";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final JsonMapper JSON = new JsonMapper();

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public Browser(String base) {
    this.base = base;
  }

  /** The result of a token request. */
  public record Tokens(int status, JsonNode body) {

    public String accessToken() {
      assertThat(status).as(body.toString()).isEqualTo(200);
      return body.get("access_token").asString();
    }

    public String refreshToken() {
      assertThat(status).as(body.toString()).isEqualTo(200);
      return body.get("refresh_token").asString();
    }

    public String idToken() {
      return body.get("id_token").asString();
    }

    public String error() {
      return body.has("error") ? body.get("error").asString() : null;
    }
  }

  /** A code obtained from the authorization endpoint and the verifier it was asked with. */
  public record Code(String value, String verifier) {}

  public HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  public HttpResponse<String> get(String path, String bearer) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer));
  }

  public HttpResponse<String> postJson(String path, String json, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  /** Opens the login page and submits it with its CSRF token; answers the form's redirect. */
  public HttpResponse<String> logIn(String email, String password) {
    HttpResponse<String> page = get("/login");
    assertThat(page.statusCode()).isEqualTo(200);
    return postForm(
        "/login", Map.of("username", email, "password", password, "_csrf", csrfOf(page.body())));
  }

  /** The code + PKCE flow up to the code, logging in when the server asks for it. */
  public Code authorize(String email, String password) {
    String verifier = randomUrlSafe(32);
    String authorize =
        "/oauth2/authorize?"
            + encode(
                ordered(
                    "response_type",
                    "code",
                    "client_id",
                    CLIENT_ID,
                    "redirect_uri",
                    REDIRECT_URI,
                    "scope",
                    "openid profile",
                    "state",
                    "st-" + randomUrlSafe(6),
                    "code_challenge",
                    challenge(verifier),
                    "code_challenge_method",
                    "S256"));
    HttpResponse<String> response = get(authorize);
    if (location(response).contains("/login")) {
      HttpResponse<String> login = logIn(email, password);
      assertThat(login.statusCode()).isEqualTo(302);
      assertThat(location(login)).as("login refused").doesNotContain("error");
      response = get(location(login));
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    String callback = location(response);
    assertThat(callback).startsWith(REDIRECT_URI);
    return new Code(queryParameter(callback, "code"), verifier);
  }

  public Tokens tokens(Code code) {
    return token(
        ordered(
            "grant_type",
            "authorization_code",
            "code",
            code.value(),
            "redirect_uri",
            REDIRECT_URI,
            "client_id",
            CLIENT_ID,
            "code_verifier",
            code.verifier()));
  }

  public Tokens refresh(String refreshToken) {
    return token(
        ordered(
            "grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", CLIENT_ID));
  }

  public int revoke(String token) {
    return postForm(
            "/oauth2/revoke",
            ordered("token", token, "token_type_hint", "refresh_token", "client_id", CLIENT_ID))
        .statusCode();
  }

  public Tokens clientCredentials(String clientId, String secret) {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    return new Tokens(response.statusCode(), JSON.readTree(response.body()));
  }

  public static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  public static String csrfOf(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
    return matcher.group(1);
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private Tokens token(Map<String, String> form) {
    HttpResponse<String> response = postForm("/oauth2/token", form);
    return new Tokens(response.statusCode(), JSON.readTree(response.body()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  static String queryParameter(String url, String name) {
    String query = URI.create(url).getRawQuery();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts[0].equals(name)) {
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No " + name + " in " + url);
  }

  private static Map<String, String> ordered(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String randomUrlSafe(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
