package com.ocpizza.common.config;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives every service the same defaults (pools, JPA, actuator, error format) from one file, with
 * the lowest precedence so a service's own {@code application.yml} and the environment win, and
 * builds the datasource URL from the server URL ({@code OCPIZZA_DB_URL}) and the service's schema.
 */
public class SharedDefaults implements EnvironmentPostProcessor {

  static final String DEFAULTS = "ocpizza-defaults.yml";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    // Timestamps are stored and computed in UTC whatever the host's zone; business code that
    // needs Paris time says so.
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    try {
      List<PropertySource<?>> sources =
          new YamlPropertySourceLoader().load(DEFAULTS, new ClassPathResource(DEFAULTS));
      sources.forEach(source -> environment.getPropertySources().addLast(source));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + DEFAULTS, e);
    }
    if (environment.matchesProfiles("aws")) {
      // One JSON object per line (ECS, with the trace and span ids) for CloudWatch Logs Insights.
      environment
          .getPropertySources()
          .addLast(
              new MapPropertySource(
                  "ocpizza-aws-logging", Map.of("logging.structured.format.console", "ecs")));
    }
    String schema = environment.getProperty("ocpizza.db.schema");
    if (schema != null && !environment.containsProperty("spring.datasource.url")) {
      Map<String, Object> datasource = new HashMap<>();
      datasource.put(
          "spring.datasource.url",
          schemaUrl(
              environment.getProperty("ocpizza.db.url", "jdbc:mariadb://127.0.0.1:3306"), schema));
      datasource.put(
          "spring.datasource.username", environment.getProperty("ocpizza.db.user", schema));
      datasource.put(
          "spring.datasource.password", environment.getProperty("ocpizza.db.password", ""));
      environment
          .getPropertySources()
          .addLast(new MapPropertySource("ocpizza-datasource", datasource));
    }
  }

  /** The server URL with the schema inserted before any parameters. */
  static String schemaUrl(String serverUrl, String schema) {
    int query = serverUrl.indexOf('?');
    String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
    String params = query < 0 ? "" : serverUrl.substring(query);
    return base.replaceAll("/+$", "") + "/" + schema + params;
  }
}
