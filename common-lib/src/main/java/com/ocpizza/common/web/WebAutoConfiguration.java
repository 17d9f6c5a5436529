package com.ocpizza.common.web;

import com.ocpizza.common.problem.ProblemDetailsAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Request ids, the instance header and RFC 9457 answers for every servlet service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAutoConfiguration {

  @Bean
  FilterRegistrationBean<RequestIdFilter> requestIdFilter(Environment environment) {
    String instanceId =
        environment.getProperty(
            "ocpizza.instance-id",
            environment.getProperty("spring.application.name", "service")
                + "-"
                + environment.getProperty("server.port", "8080"));
    FilterRegistrationBean<RequestIdFilter> registration =
        new FilterRegistrationBean<>(new RequestIdFilter(instanceId));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  @ConditionalOnMissingBean(ProblemDetailsAdvice.class)
  DefaultProblemDetailsAdvice problemDetailsAdvice() {
    return new DefaultProblemDetailsAdvice();
  }

  /** The advice as it is, for services that add no mapping of their own. */
  @RestControllerAdvice
  static class DefaultProblemDetailsAdvice extends ProblemDetailsAdvice {}
}
