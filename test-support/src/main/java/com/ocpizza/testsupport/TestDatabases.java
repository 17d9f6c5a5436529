package com.ocpizza.testsupport;

import com.ocpizza.launcher.database.DatabaseLocator;
import com.ocpizza.launcher.database.DatabaseServer;
import com.ocpizza.launcher.database.EmbeddedMariaDb;
import com.ocpizza.launcher.database.SchemaProvisioner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The database server of a test run, found once per JVM in the order of ARCHITECTURE §8: an
 * explicit {@code OCPIZZA_DB_URL}, a Testcontainers MariaDB when a Docker engine answers, the
 * server on 127.0.0.1:3306, else an embedded MariaDB. Schemas it hands out are fresh and dropped
 * with their users when the JVM exits.
 */
public final class TestDatabases {

  /** A schema of this run, with the only user allowed into it. */
  public record TestSchema(DatabaseServer server, String name, String user, String password) {

    public String url() {
      return server.schemaUrl(name);
    }
  }

  private static final String RUN_ID = HexFormat.of().formatHex(randomBytes(3));
  private static final Map<String, TestSchema> SCHEMAS = new ConcurrentHashMap<>();
  private static volatile DatabaseServer server;

  private TestDatabases() {}

  /** The server of this run, found (or started) on first use. */
  public static synchronized DatabaseServer server() {
    if (server == null) {
      server = locate();
    }
    return server;
  }

  /**
   * The fresh schema standing for {@code base} in this run, created on first use; every test
   * context of the run that asks for the same base shares it.
   */
  public static TestSchema schema(String base) {
    return SCHEMAS.computeIfAbsent(base, TestDatabases::create);
  }

  private static TestSchema create(String base) {
    String name = base + "_t" + RUN_ID;
    String password = HexFormat.of().formatHex(randomBytes(12));
    SchemaProvisioner provisioner = new SchemaProvisioner(server());
    provisioner.provision(name, name, password);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> provisioner.drop(name, name), "drop-" + name));
    return new TestSchema(server(), name, name, password);
  }

  private static DatabaseServer locate() {
    DatabaseLocator locator = new DatabaseLocator(System.getenv());
    return locator
        .explicit()
        .or(TestDatabases::container)
        .or(locator::local)
        .orElseGet(TestDatabases::embedded);
  }

  private static java.util.Optional<DatabaseServer> container() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return java.util.Optional.empty();
    }
    MariaDBContainer container = new MariaDBContainer("mariadb:10.11");
    container.start();
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-mariadb-container"));
    return java.util.Optional.of(
        new DatabaseServer(
            "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306),
            "root",
            container.getPassword(),
            "Testcontainers MariaDB"));
  }

  private static DatabaseServer embedded() {
    try {
      Path dataDir = Files.createTempDirectory("ocpizza-test-db");
      EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
      Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "stop-embedded-mariadb"));
      return db.server();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a data folder for the embedded MariaDB", e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
