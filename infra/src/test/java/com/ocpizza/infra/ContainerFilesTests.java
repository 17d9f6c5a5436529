package com.ocpizza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the container path without a Docker engine: the compose file's structure and the
 * Dockerfiles' contents. Whether the images build and the suite starts is not checked here.
 */
class ContainerFilesTests {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> JAVA_SERVICES =
      List.of("auth", "client", "stock", "order-1", "order-2", "management", "gateway");

  private final Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml"));
  private final Map<String, Object> services = map(compose.get("services"));

  @Test
  void composeStartsMySqlEightAndTheWholeSuiteWithTwoOrderReplicas() {
    assertThat(services.keySet())
        .containsExactlyInAnyOrder(
            "mysql", "auth", "client", "stock", "order-1", "order-2", "management", "gateway");
    assertThat(service("mysql").get("image").toString()).startsWith("mysql:8.");
    assertThat(service("order-1").get("build")).isEqualTo(service("order-2").get("build"));
    assertThat(environment("gateway").get("OCPIZZA_ORDER_URLS"))
        .isEqualTo("http://order-1:8084,http://order-2:8084");
    assertThat(service("gateway").get("ports")).isEqualTo(List.of("8080:8080"));
  }

  @Test
  void everyContainerHasAMemoryLimit() {
    services.forEach(
        (name, service) ->
            assertThat(map(map(map(map(service).get("deploy")).get("resources")).get("limits")))
                .as(name)
                .containsKey("memory"));
  }

  @Test
  void containersStartOnlyOnceWhatTheyNeedIsHealthy() {
    assertThat(service("mysql")).containsKey("healthcheck");
    for (String name : JAVA_SERVICES) {
      Map<String, Object> dependsOn = map(service(name).get("depends_on"));
      assertThat(dependsOn).as(name).isNotEmpty();
      dependsOn.forEach(
          (dependency, condition) -> {
            assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
            assertThat(map(condition)).containsEntry("condition", "service_healthy");
          });
    }
    assertThat(map(service("gateway").get("depends_on")).keySet())
        .containsExactlyInAnyOrder("auth", "client", "stock", "order-1", "order-2", "management");
    assertThat(startOrder()).startsWith("mysql", "auth").endsWith("gateway");
  }

  @Test
  void composeFileHoldsNoPassword() {
    services.forEach(
        (name, service) ->
            environment(name)
                .forEach(
                    (variable, value) -> {
                      if (variable.contains("PASSWORD") || variable.contains("SECRET")) {
                        assertThat(value == null || value.toString().startsWith("${"))
                            .as(name + " " + variable + " comes from the environment")
                            .isTrue();
                      }
                    }));
  }

  @Test
  void mysqlGivesEachServiceItsOwnSchemaAndUser() throws IOException {
    String script = Files.readString(ROOT.resolve("docker/mysql/initdb.d/10-ocpizza-schemas.sh"));
    assertThat(script)
        .contains("for service in auth client stock order management")
        .contains("CREATE DATABASE IF NOT EXISTS ocpizza_${service}")
        .contains("GRANT ALL PRIVILEGES ON ocpizza_${service}.* TO 'ocpizza_${service}'@'%'");
    for (Service service : Service.values()) {
      service
          .schema()
          .ifPresent(
              schema -> {
                String name = schema.substring("ocpizza_".length());
                String container = name.equals("order") ? "order-1" : name;
                assertThat(environment(container))
                    .containsEntry("OCPIZZA_DB_USER", schema)
                    .containsEntry("OCPIZZA_DB_URL", "jdbc:mysql://mysql:3306");
              });
    }
  }

  @Test
  void everyImageRunsItsLayeredJarAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
    for (Service service : Service.values()) {
      String module = service.jar().replace(".jar", "");
      String dockerfile = Files.readString(ROOT.resolve(module).resolve("Dockerfile"));
      assertThat(dockerfile)
          .as(module)
          .contains("COPY target/" + service.jar() + " application.jar")
          .contains("-Djarmode=tools -jar application.jar extract --layers")
          .containsSubsequence(
              "extracted/dependencies/",
              "extracted/spring-boot-loader/",
              "extracted/snapshot-dependencies/",
              "extracted/application/")
          .contains("USER ocpizza:ocpizza")
          .contains("SERVER_PORT=" + service.port())
          .contains("EXPOSE " + service.port())
          .contains("-XX:MaxRAMPercentage=")
          .contains("HEALTHCHECK")
          .contains("/actuator/health/readiness")
          .contains("ENTRYPOINT [\"java\", \"-jar\", \"application.jar\"]");
      assertThat(dockerfile.indexOf("USER ocpizza")).isGreaterThan(dockerfile.lastIndexOf("COPY"));
    }
  }

  /** Containers in an order that respects every depends_on; fails on a cycle. */
  private List<String> startOrder() {
    List<String> order = new ArrayList<>();
    Set<String> started = new HashSet<>();
    while (order.size() < services.size()) {
      int before = order.size();
      for (String name : services.keySet()) {
        Object dependsOn = service(name).get("depends_on");
        if (!started.contains(name)
            && (dependsOn == null || started.containsAll(map(dependsOn).keySet()))) {
          order.add(name);
        }
      }
      started.addAll(order);
      assertThat(order.size()).as("depends_on has a cycle").isGreaterThan(before);
    }
    return order;
  }

  private Map<String, Object> service(String name) {
    return map(services.get(name));
  }

  private Map<String, Object> environment(String name) {
    Object environment = service(name).get("environment");
    return environment == null ? Map.of() : map(environment);
  }

  private static Map<String, Object> load(Path file) {
    try {
      return new Yaml().load(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
