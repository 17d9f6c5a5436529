package com.ocpizza.management.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A generated month of history, read back through the dashboards. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryGeneratorIntegrationTests {

  static final HistoryGenerator.Plan JUNE_2019 =
      new HistoryGenerator.Plan(
          LocalDate.parse("2019-06-01"), LocalDate.parse("2019-06-30"), 2, 120, 1);

  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  HistoryGenerator.Outcome outcome;
  Api admin;

  @BeforeAll
  void generateJune2019() {
    outcome = new HistoryGenerator(dataSource).generate(JUNE_2019);
    admin = Api.as(port, TestTokens.admin());
  }

  @Test
  void theDashboardsReadARealisticMonth() {
    JsonNode june =
        admin
            .get("/api/management/dashboard/summary?period=MONTH&date=2019-06-01&pizzeriaId=1")
            .json()
            .get("current");

    // 25 open days (closed on Sundays), about a hundred orders a day, a few cancelled.
    assertThat(outcome.orders()).isBetween(2 * 25 * 80L, 2 * 25 * 200L);
    assertThat(june.get("orders").asLong()).isBetween(25 * 70L, 25 * 200L);
    assertThat(june.get("averageBasketInclVat").decimalValue())
        .isBetween(new BigDecimal("15"), new BigDecimal("40"));
    assertThat(june.get("marginRate").decimalValue())
        .isBetween(new BigDecimal("60"), new BigDecimal("85"));
    assertThat(june.get("vatByRate").findValuesAsString("rate"))
        .containsExactly("5.5", "10.0", "20.0");
    assertThat(june.get("losses").decimalValue()).isPositive();
    assertThat(june.get("times").get(0).get("p50Minutes").asInt()).isBetween(3, 12);
  }

  @Test
  void eveningsAreBusierThanLunchesAndSundaysAreClosed() {
    Map<Integer, Long> byHour = new HashMap<>();
    for (JsonNode cell :
        admin
            .get("/api/management/dashboard/peak-hours?period=MONTH&date=2019-06-01&pizzeriaId=1")
            .json()) {
      assertThat(cell.get("dayOfWeek").asInt()).isNotEqualTo(7);
      byHour.merge(cell.get("hour").asInt(), cell.get("orders").asLong(), Long::sum);
    }
    assertThat(byHour.get(20)).isGreaterThan(byHour.get(12)).isGreaterThan(byHour.get(18));
  }

  @Test
  void theMonthlyRollUpAddsUpToItsDays() {
    Map<String, Long> month = quantities("period=MONTH&date=2019-06-01");
    Map<String, Long> halves = quantities("period=CUSTOM&from=2019-06-01&to=2019-06-15");
    quantities("period=CUSTOM&from=2019-06-16&to=2019-06-30")
        .forEach((product, quantity) -> halves.merge(product, quantity, Long::sum));

    assertThat(month).hasSize(35).isEqualTo(halves);
  }

  @Test
  void refusesToGenerateDaysThatAlreadyHaveSales() {
    assertThatThrownBy(() -> new HistoryGenerator(dataSource).generate(JUNE_2019))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already holds sales");
  }

  private Map<String, Long> quantities(String period) {
    Map<String, Long> quantities = new HashMap<>();
    for (JsonNode margin :
        admin.get("/api/management/dashboard/margins?pizzeriaId=2&" + period).json()) {
      quantities.put(
          margin.get("productName").asString() + " " + margin.get("size").asString(),
          margin.get("quantity").asLong());
    }
    return quantities;
  }
}
