package com.ocpizza.common.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

/**
 * Obtains and caches this service's client-credentials token from the auth service, and builds the
 * HTTP clients that call other services with it, with short timeouts so a dependency that is down
 * fails fast.
 */
public class ServiceTokens {

  static final String REGISTRATION = "ocpizza-service";

  private final ClientHttpRequestInterceptor interceptor;
  private final boolean configured;

  public ServiceTokens(URI tokenUri, String clientId, String secret) {
    this.configured = secret != null && !secret.isBlank();
    ClientRegistration registration =
        ClientRegistration.withRegistrationId(REGISTRATION)
            .clientId(clientId)
            .clientSecret(configured ? secret : "unset")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .tokenUri(tokenUri.toString())
            .build();
    InMemoryClientRegistrationRepository registrations =
        new InMemoryClientRegistrationRepository(registration);
    AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
        new AuthorizedClientServiceOAuth2AuthorizedClientManager(
            registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
    // One token request at a time: a burst of calls on a fresh instance (or when the token
    // expires) would otherwise ask auth for as many tokens as there are calls, and saturate it.
    ReentrantLock tokenLock = new ReentrantLock();
    OAuth2AuthorizedClientManager oneAtATime =
        request -> {
          tokenLock.lock();
          try {
            return manager.authorize(request);
          } finally {
            tokenLock.unlock();
          }
        };
    OAuth2ClientHttpRequestInterceptor oauth = new OAuth2ClientHttpRequestInterceptor(oneAtATime);
    oauth.setClientRegistrationIdResolver(request -> REGISTRATION);
    this.interceptor = oauth;
  }

  /** Whether a client secret was configured, so calls can carry a token. */
  public boolean configured() {
    return configured;
  }

  /** Adds this service's bearer token to every request it intercepts. */
  public ClientHttpRequestInterceptor interceptor() {
    return interceptor;
  }

  /**
   * A client for another service's API at {@code baseUrl}: 1 s to connect, {@code readTimeout} to
   * answer, and this service's token on every call.
   */
  public RestClient client(RestClient.Builder builder, URI baseUrl, Duration readTimeout) {
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build());
    requests.setReadTimeout(readTimeout);
    RestClient.Builder configured =
        builder.clone().baseUrl(baseUrl.toString()).requestFactory(requests);
    if (this.configured) {
      configured.requestInterceptor(interceptor);
    }
    return configured.build();
  }
}
