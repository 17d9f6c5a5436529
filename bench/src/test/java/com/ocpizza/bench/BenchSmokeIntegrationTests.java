package com.ocpizza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.Suite;
import com.ocpizza.launcher.SuiteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every benchmark scenario for a few seconds at a low rate through the gateway of a suite started
 * for this class: the scenarios still work against the current code (no error at all) and the
 * scarce-ingredient run oversells nothing. No timing is asserted; the rates are what the build
 * machine can take beside everything else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchSmokeIntegrationTests {

  private static final Duration SECONDS = Settings.SMOKE.step();
  private static final List<Integer> BASE_PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8085, 8094);

  private Suite suite;
  private Target gateway;
  private Plan.Data data;
  private SuiteData suiteData;
  private Path results;

  @BeforeAll
  void startTheSuite() throws IOException {
    Path root = SuiteOptions.findProjectRoot(Path.of(""));
    int offset = freePortOffset();
    Path runtime = root.resolve("bench/target/ocpizza/offset-" + offset);
    suite = Suite.start(Bench.options(root, runtime, offset, false));
    results = root.resolve("bench/target/smoke");
    gateway = Target.single("gateway", suite.gatewayUrl());
    suiteData = SuiteData.signIn(suite.gatewayUrl(), demoPassword(runtime));
    suiteData.openAroundTheClock();
    suiteData.topUp();
    List<Long> pizzas = suiteData.pizzas();
    data = Plan.Data.of(SuiteData.PIZZERIA, pizzas, pizzas.get(0), suiteData.managerToken());
  }

  @AfterAll
  void stopTheSuite() {
    if (suite != null) {
      suite.stop();
    }
  }

  @Test
  void menuScenarioRunsWithoutError() {
    assertNoError(Scenario.S1_MENU, 20);
  }

  @Test
  void orderScenarioRunsWithoutError() {
    assertNoError(Scenario.S2_ORDER, 5);
  }

  @Test
  void statusScenarioRunsWithoutError() {
    assertNoError(Scenario.S3_STATUS, 3);
  }

  @Test
  void dashboardScenarioRunsWithoutError() {
    assertNoError(Scenario.S4_DASHBOARD, 2);
  }

  @Test
  void mixRunsWithoutError() {
    assertNoError(Scenario.MIX, 10);
  }

  @Test
  void competingOrdersForAScarceIngredientOversellNothing() {
    HotOrders.Outcome outcome =
        HotOrders.run(gateway, data, suiteData, Settings.SMOKE.hotOrders() * 2, results);

    assertThat(outcome.result().stats().errors()).as("answers other than 201 or 409").isZero();
    assertThat(outcome.accepted()).isBetween(1L, (long) HotOrders.ENOUGH_FOR);
    assertThat(outcome.oversold()).isZero();
    assertThat(outcome.after()).isNotNegative();
    assertThat(outcome.used()).isEqualByComparingTo(outcome.expectedUse());
  }

  private void assertNoError(Scenario scenario, double rate) {
    if (scenario.placesOrders()) {
      suiteData.topUp();
    }
    GatlingRun.Result result =
        GatlingRun.run(
            new Plan(scenario, gateway, rate, SECONDS, data), results, "smoke " + scenario);

    assertThat(result.stats().requests()).isPositive();
    assertThat(result.stats().errors()).as("failed requests, see " + result.report()).isZero();
  }

  private static String demoPassword(Path runtime) throws IOException {
    Properties secrets = new Properties();
    try (InputStream in = Files.newInputStream(runtime.resolve("secrets.properties"))) {
      secrets.load(in);
    }
    return secrets.getProperty("demo.password");
  }

  /** The first block of ports from 10000 on (by 1000) that is all free, as the system tests do. */
  private static int freePortOffset() {
    for (int offset = 10000; offset < 40000; offset += 1000) {
      int candidate = offset;
      if (BASE_PORTS.stream().allMatch(port -> isFree(port + candidate))) {
        return offset;
      }
    }
    throw new IllegalStateException("No free block of ports for the suite");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
