package com.ocpizza.gateway;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a rate limit written {@code capacity/period} in configuration, e.g. {@code 10/PT1M}. */
@Component
@ConfigurationPropertiesBinding
class LimitConverter implements Converter<String, EdgeProperties.Limit> {

  @Override
  public EdgeProperties.Limit convert(String source) {
    return EdgeProperties.Limit.parse(source);
  }
}
