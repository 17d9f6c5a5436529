package com.ocpizza.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signing in to a running suite as the web front does: the authorization-code flow with
 * PKCE, the auth service's login form with its CSRF token, then token requests. Cookies are kept,
 * redirects are followed by hand so each step can be checked.
 */
public final class WebSignIn {

  public static final String CLIENT_ID = "web";

  /** The web front's callback that auth registers, whatever port the suite runs on. */
  public static final String REDIRECT_URI = "http://localhost:8080/app/callback";

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]+)\"");

  /** The answer of the token endpoint. */
  public record Tokens(int status, String body) {

    public String access() {
      return field("access_token");
    }

    public String refresh() {
      return field("refresh_token");
    }

    private String field(String name) {
      Matcher matcher = Pattern.compile(FIELD.pattern().formatted(name)).matcher(body);
      if (status != 200 || !matcher.find()) {
        throw new IllegalStateException("No " + name + " in " + status + " " + body);
      }
      return matcher.group(1);
    }
  }

  private final URI gateway;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** Signs in through this base URL: the gateway, or the auth service itself. */
  public WebSignIn(URI gateway) {
    this.gateway = gateway;
  }

  /** Signs in with the login form and exchanges the code for tokens. */
  public Tokens signIn(String email, String password) {
    String verifier = random(32);
    String authorize =
        "/oauth2/authorize?"
            + form(
                Map.of(
                    "response_type",
                    "code",
                    "client_id",
                    CLIENT_ID,
                    "redirect_uri",
                    REDIRECT_URI,
                    "scope",
                    "openid profile",
                    "state",
                    random(8),
                    "code_challenge",
                    challenge(verifier),
                    "code_challenge_method",
                    "S256"));
    HttpResponse<String> toLogin = get(authorize);
    HttpResponse<String> page = get("/login");
    Matcher csrf = CSRF.matcher(page.body());
    if (!location(toLogin).contains("/login") || !csrf.find()) {
      throw new IllegalStateException(
          "No login form: authorize answered "
              + toLogin.statusCode()
              + " to "
              + location(toLogin)
              + ", the login page "
              + page.statusCode());
    }
    HttpResponse<String> login =
        post("/login", Map.of("username", email, "password", password, "_csrf", csrf.group(1)));
    if (location(login).contains("error")) {
      throw new IllegalStateException("Login refused for " + email);
    }
    HttpResponse<String> callback = get(authorize);
    String code = parameter(location(callback), "code");
    return token(
        Map.of(
            "grant_type", "authorization_code",
            "code", code,
            "redirect_uri", REDIRECT_URI,
            "client_id", CLIENT_ID,
            "code_verifier", verifier));
  }

  public Tokens refresh(String refreshToken) {
    return token(
        Map.of(
            "grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", CLIENT_ID));
  }

  public int revoke(String refreshToken) {
    return post(
            "/oauth2/revoke",
            Map.of(
                "token", refreshToken, "token_type_hint", "refresh_token", "client_id", CLIENT_ID))
        .statusCode();
  }

  private Tokens token(Map<String, String> parameters) {
    HttpResponse<String> response = post("/oauth2/token", parameters);
    return new Tokens(response.statusCode(), response.body());
  }

  private HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  private HttpResponse<String> post(String path, Map<String, String> parameters) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Paths and redirects alike go to the base this browser signs in through. */
  private URI uri(String pathOrUrl) {
    if (pathOrUrl.startsWith("http")) {
      URI absolute = URI.create(pathOrUrl);
      return gateway.resolve(absolute.getRawPath() + "?" + absolute.getRawQuery());
    }
    return URI.create(gateway + pathOrUrl);
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static String parameter(String url, String name) {
    String query = URI.create(url).getRawQuery();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts[0].equals(name)) {
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("No " + name + " in " + url);
  }

  private static String form(Map<String, String> parameters) {
    return new LinkedHashMap<>(parameters)
        .entrySet().stream()
            .map(
                entry ->
                    URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    new SecureRandom().nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
