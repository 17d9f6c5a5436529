package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.launcher.Suite;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The manager of Convention in a real browser, reading the day's figures on the dashboard. */
@ExtendWith(RunningSuite.class)
class ManagerScreenIntegrationTests {

  private static final String MANAGER = "manager.convention@ocpizza.demo";
  private static final String CLERK = "counter.convention@ocpizza.demo";

  @Test
  void seesTheDaysRevenueIncludeTheOrdersPlacedEarlier(Suite suite) {
    StaffFixtures.openAllWeek(suite, StaffFixtures.CONVENTION);
    BigDecimal before = StaffFixtures.revenueToday(suite, StaffFixtures.CONVENTION, MANAGER);
    BigDecimal placed =
        StaffFixtures.total(StaffFixtures.counterSale(suite, StaffFixtures.CONVENTION, CLERK, 2))
            .add(
                StaffFixtures.total(
                    StaffFixtures.counterSale(suite, StaffFixtures.CONVENTION, CLERK, 1)));
    BigDecimal expected = before.add(placed);
    // Management learns of the orders from the order service's feed, a moment later.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                StaffFixtures.revenueToday(suite, StaffFixtures.CONVENTION, MANAGER)
                        .compareTo(expected)
                    == 0);

    try (Browser manager = Browser.open(suite.publicUrl(), 1280)) {
      manager.go("/staff/manager");
      manager.signInOnAuthPage(MANAGER, DemoPizzerias.demoPassword(suite));

      WebElement revenue = manager.element("[data-kpi=revenueInclVat]", "Chiffre d'affaires TTC");
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(squeezed(revenue.findElement(By.cssSelector(".kpi-value")).getText()))
                      .isEqualTo(euros(expected)));
      assertThat(squeezed(manager.element("[data-kpi=orders] .kpi-value", "").getText()))
          .isNotEqualTo("0");
      manager.screenshot("manager-dashboard");
    }
  }

  /** An amount as the dashboard writes it in French, without its spaces: "1234,50€". */
  private static String euros(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "€";
  }

  private static String squeezed(String text) {
    return text.replaceAll("[\\s\\u00a0\\u202f]", "");
  }
}
