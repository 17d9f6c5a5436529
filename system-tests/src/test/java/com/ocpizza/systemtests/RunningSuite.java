package com.ocpizza.systemtests;

import com.ocpizza.launcher.DatabaseChoice;
import com.ocpizza.launcher.Suite;
import com.ocpizza.launcher.SuiteOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the suite once for the whole test run, with its own embedded database and a runtime folder
 * under {@code target}, on ports 18080.. so that a developer's suite on 8080.. keeps running (or
 * the next free block, 19080.., 20080.., when another run holds those); the root store stops it
 * when the run ends. Test methods receive the {@link Suite} or a {@link Gateway} client holding an
 * access token as parameters.
 */
final class RunningSuite implements ParameterResolver {

  private static final int FIRST_PORT_OFFSET = 10000;
  private static final int PORT_OFFSET_STEP = 1000;
  private static final List<Integer> BASE_PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8085, 8094);

  /** Any service's client id will do; its token passes the gateway's check. */
  private static final String SERVICE_CLIENT = "management";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningSuite.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Suite.class || type == Gateway.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Started started =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .computeIfAbsent(Started.class, key -> Started.start(), Started.class);
    return parameter.getParameter().getType() == Suite.class ? started.suite() : started.gateway();
  }

  private static SuiteOptions options() {
    Path projectRoot = SuiteOptions.findProjectRoot(Path.of(""));
    int portOffset = freePortOffset();
    Path runtimeDir =
        Path.of(
                System.getProperty(
                    "ocpizza.systemTests.runtimeDir",
                    projectRoot.resolve("system-tests/target/ocpizza").toString()))
            .resolve("offset-" + portOffset);
    return SuiteOptions.forProject(projectRoot)
        .withRuntimeDir(runtimeDir)
        .withPortOffset(portOffset)
        .withDatabase(DatabaseChoice.EMBEDDED)
        .withDetached(false)
        .withAotCache(false)
        .withReadinessTimeout(Duration.ofMinutes(8));
  }

  /** The first offset from 10000 on, by steps of 1000, whose seven ports are all free. */
  static int freePortOffset() {
    for (int offset = FIRST_PORT_OFFSET; offset < 40000; offset += PORT_OFFSET_STEP) {
      int candidate = offset;
      if (BASE_PORTS.stream().allMatch(port -> isFree(port + candidate))) {
        return offset;
      }
    }
    throw new IllegalStateException("No free block of ports for the suite above 18080");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The suite started for this run, stopped with every process it started when the run ends; or why
   * it did not start, so that every test reports that instead of starting it again.
   */
  static final class Started implements AutoCloseable {

    private final Suite suite;
    private final RuntimeException failure;
    private Gateway gateway;

    private Started(Suite suite, RuntimeException failure) {
      this.suite = suite;
      this.failure = failure;
    }

    static Started start() {
      try {
        return new Started(Suite.start(options()), null);
      } catch (RuntimeException e) {
        return new Started(null, e);
      }
    }

    Suite suite() {
      if (failure != null) {
        throw new IllegalStateException("The suite did not start", failure);
      }
      return suite;
    }

    /** A gateway client with a SERVICE token, fetched once per run (logins are rate-limited). */
    synchronized Gateway gateway() {
      if (gateway == null) {
        gateway =
            Gateway.withServiceToken(suite().gatewayUrl(), SERVICE_CLIENT, suite().serviceSecret());
      }
      return gateway;
    }

    @Override
    public void close() {
      if (suite != null) {
        suite.stop();
      }
    }
  }
}
