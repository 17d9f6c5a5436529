package com.ocpizza.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Points the datasource of every {@link RealDatabase} test at its run's fresh schema. */
class RealDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    RealDatabase realDatabase =
        AnnotatedElementUtils.findMergedAnnotation(testClass, RealDatabase.class);
    return realDatabase == null ? null : new Customizer(realDatabase.schema());
  }

  private record Customizer(String schema) implements ContextCustomizer {

    @Override
    public void customizeContext(
        org.springframework.context.ConfigurableApplicationContext context,
        org.springframework.test.context.MergedContextConfiguration mergedConfig) {
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
