package com.ocpizza.order.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.ocpizza.common.problem.DependencyUnavailableException;
import com.ocpizza.common.security.ServiceTokens;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The client service as placement needs it: who the customer is, and the address to snapshot. */
@Component
class CustomerDirectory {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Customer(String id, String firstName, String lastName, String phone) {

    String name() {
      return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName))
          .strip();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Address(
      String street, String complement, String postcode, String city, String instructions) {}

  private static final String DEPENDENCY = "client";

  private final RestClient http;
  private final CircuitBreaker breaker = CircuitBreaker.ofDefaults(DEPENDENCY);

  CustomerDirectory(
      RestClient.Builder builder,
      ServiceTokens tokens,
      @Value("${ocpizza.client.url:http://127.0.0.1:8082}") URI url) {
    this.http = tokens.client(builder, url, Duration.ofSeconds(2));
  }

  Optional<Customer> byAccount(String accountId) {
    return find(() -> http.get().uri("/internal/customers/by-account/{id}", accountId));
  }

  Optional<Customer> customer(String customerId) {
    return find(() -> http.get().uri("/internal/customers/{id}", customerId));
  }

  Optional<Address> address(String customerId, String addressId) {
    return call(
        () -> {
          try {
            return Optional.ofNullable(
                http.get()
                    .uri("/internal/customers/{c}/addresses/{a}", customerId, addressId)
                    .retrieve()
                    .body(Address.class));
          } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
          }
        });
  }

  private Optional<Customer> find(Supplier<RestClient.RequestHeadersSpec<?>> request) {
    return call(
        () -> {
          try {
            return Optional.ofNullable(request.get().retrieve().body(Customer.class));
          } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
          }
        });
  }

  private <T> T call(Supplier<T> request) {
    try {
      return breaker.executeSupplier(request);
    } catch (CallNotPermittedException | RestClientException | OAuth2AuthorizationException e) {
      throw new DependencyUnavailableException(DEPENDENCY, e);
    }
  }
}
