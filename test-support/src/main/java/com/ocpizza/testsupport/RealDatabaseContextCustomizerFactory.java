package com.ocpizza.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points the datasource of every {@link RealDatabase} test at its run's fresh schema, and makes
 * {@link TestAuthServer} tests trust {@link TestTokens}.
 */
class RealDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    RealDatabase realDatabase =
        AnnotatedElementUtils.findMergedAnnotation(testClass, RealDatabase.class);
    boolean testAuth = AnnotatedElementUtils.hasAnnotation(testClass, TestAuthServer.class);
    if (realDatabase == null && !testAuth) {
      return null;
    }
    return new Customizer(realDatabase == null ? null : realDatabase.schema(), testAuth);
  }

  private record Customizer(String schema, boolean testAuth) implements ContextCustomizer {

    @Override
    public void customizeContext(
        org.springframework.context.ConfigurableApplicationContext context,
        org.springframework.test.context.MergedContextConfiguration mergedConfig) {
      if (testAuth) {
        context
            .getEnvironment()
            .getPropertySources()
            .addFirst(
                new MapPropertySource(
                    "test-auth-server",
                    Map.of(
                        "ocpizza.auth.url",
                        TestTokens.authUrl(),
                        "ocpizza.auth.issuer",
                        TestTokens.ISSUER)));
      }
      if (schema == null) {
        return;
      }
      String base =
          schema.isEmpty() ? context.getEnvironment().getProperty("ocpizza.db.schema") : schema;
      if (base == null) {
        throw new IllegalStateException(
            "@RealDatabase needs ocpizza.db.schema in the service's configuration or schema=");
      }
      TestDatabases.TestSchema test = TestDatabases.schema(base);
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "real-database",
                  Map.of(
                      "spring.datasource.url", test.url(),
                      "spring.datasource.username", test.user(),
                      "spring.datasource.password", test.password(),
                      "ocpizza.db.schema", test.name())));
    }
  }
}
