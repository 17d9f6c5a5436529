package com.ocpizza.gateway;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The order service's replicas, listed in configuration ({@code OCPIZZA_ORDER_URLS}); the balancer
 * asks each for its readiness and leaves out the ones that do not answer.
 */
class OrderReplicas {

  static final String SERVICE_ID = "order";

  /** The replica URLs, e.g. {@code http://127.0.0.1:8084,http://127.0.0.1:8094}. */
  @ConfigurationProperties("ocpizza.order")
  record Properties(List<URI> urls) {

    Properties {
      urls = urls == null || urls.isEmpty() ? List.of(URI.create("http://127.0.0.1:8084")) : urls;
    }
  }

  @Bean
  ServiceInstanceListSupplier orderInstances(
      ConfigurableApplicationContext context, Properties properties) {
    ServiceInstance[] instances =
        properties.urls().stream()
            .map(
                url ->
                    (ServiceInstance)
                        new DefaultServiceInstance(
                            SERVICE_ID + "-" + url.getPort(),
                            SERVICE_ID,
                            url.getHost(),
                            url.getPort(),
                            "https".equals(url.getScheme())))
            .toArray(ServiceInstance[]::new);
    return ServiceInstanceListSupplier.builder()
        .withBase(ServiceInstanceListSuppliers.from(SERVICE_ID, instances))
        .withHealthChecks(WebClient.create())
        .withRetryAwareness()
        .build(context);
  }
}
