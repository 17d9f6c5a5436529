package com.ocpizza.common.feed;

import com.ocpizza.common.security.ServiceTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event feed of ARCHITECTURE §3 for any service with a database: the outbox writer, the {@code
 * /internal/events} endpoint, and one poller per {@link FeedConsumer} bean.
 */
@AutoConfiguration(
    after = com.ocpizza.common.security.ServiceSecurityAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
      "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
    })
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(FeedProperties.class)
public class FeedAutoConfiguration {

  @Bean
  Outbox outbox(
      DataSource dataSource, ObjectProvider<JsonMapper> json, ObjectProvider<Clock> clock) {
    return new Outbox(
        JdbcClient.create(dataSource),
        json.getIfAvailable(JsonMapper::new),
        clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  EventFeed eventFeed(DataSource dataSource, ObjectProvider<JsonMapper> json) {
    return new EventFeed(JdbcClient.create(dataSource), json.getIfAvailable(JsonMapper::new));
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @Import(FeedController.class)
  static class FeedEndpointConfiguration {}

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(FeedConsumer.class)
  static class FeedConsumerConfiguration {

    @Bean
    FeedCursors feedCursors(DataSource dataSource, PlatformTransactionManager transactions) {
      return new FeedCursors(JdbcClient.create(dataSource), new TransactionTemplate(transactions));
    }

    @Bean
    FeedClient feedClient(
        ObjectProvider<RestClient.Builder> builder, ObjectProvider<ServiceTokens> tokens) {
      JdkClientHttpRequestFactory requests =
          new JdkClientHttpRequestFactory(
              HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build());
      requests.setReadTimeout(Duration.ofSeconds(5));
      RestClient.Builder http =
          builder.getIfAvailable(RestClient::builder).clone().requestFactory(requests);
      // Feeds are internal endpoints: the poller calls them with this service's token.
      tokens.ifAvailable(
          serviceTokens -> {
            if (serviceTokens.configured()) {
              http.requestInterceptor(serviceTokens.interceptor());
            }
          });
      return new FeedClient(http.build());
    }

    @Bean
    FeedPollers feedPollers(
        List<FeedConsumer> consumers,
        FeedClient client,
        FeedCursors cursors,
        FeedProperties properties,
        ObjectProvider<Clock> clock,
        ObjectProvider<MeterRegistry> meters,
        Environment environment) {
      String owner =
          environment.getProperty("ocpizza.instance-id", "instance")
              + "-"
              + UUID.randomUUID().toString().substring(0, 8);
      List<FeedPoller> pollers =
          consumers.stream()
              .map(
                  consumer ->
                      new FeedPoller(
                          consumer,
                          sourceUrl(properties, consumer.source()),
                          client,
                          cursors,
                          owner,
                          properties,
                          clock.getIfAvailable(Clock::systemUTC),
                          meters.getIfAvailable()))
              .toList();
      return new FeedPollers(pollers, properties);
    }

    private static List<URI> sourceUrl(FeedProperties properties, String source) {
      List<URI> url = properties.sources().get(source);
      if (url == null || url.isEmpty()) {
        throw new IllegalStateException(
            "No URL for the " + source + " feed: set ocpizza.feed.sources." + source);
      }
      return url;
    }
  }
}
