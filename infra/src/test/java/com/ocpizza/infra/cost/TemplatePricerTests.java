package com.ocpizza.infra.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatePricerTests {

  private final TemplatePricer pricer =
      new TemplatePricer(PriceTable.load(PriceTable.CURRENT), PriceTable.load(PriceTable.USAGE));

  @Test
  void eveningPeakAddsThreeInstancesForFourHoursAndAQuarter() {
    TemplatePricer.DailyCapacity capacity =
        TemplatePricer.DailyCapacity.of(
            2,
            List.of(
                Map.of("Recurrence", "45 17 * * *", "MinSize", 5, "DesiredCapacity", 5),
                Map.of("Recurrence", "0 22 * * *", "MinSize", 2, "DesiredCapacity", 2)));

    assertThat(capacity.instanceHoursPerDay()).isEqualByComparingTo("60.75");
    assertThat(capacity.lowest()).isEqualTo(2);
    assertThat(capacity.describe()).isEqualTo("2 around the clock + 3 for 4.25 h a day");
  }

  @Test
  void groupWithoutScheduleRunsItsMinimumAroundTheClock() {
    CostReport report = pricer.price("one", template(group("t3a.small", 1), Map.of()));

    CostLine instances = report.lines().get(0);
    assertThat(instances.item()).isEqualTo("single: t3a.small × 1 around the clock");
    assertThat(instances.onDemandUsd()).isEqualByComparingTo("15.476"); // 730 h × 0.0212
    assertThat(instances.reservedUsd()).isEqualByComparingTo("9.782"); // 730 h × 0.0134
    assertThat(report.lines().get(1).onDemandUsd()).isEqualByComparingTo("0.928"); // 10 GB gp3
  }

  @Test
  void reservationsCoverTheAlwaysOnInstancesAndThePeakStaysOnDemand() {
    Map<String, Object> schedule =
        Map.of(
            "Up",
            Map.of(
                "Type",
                "AWS::AutoScaling::ScheduledAction",
                "Properties",
                Map.of(
                    "AutoScalingGroupName",
                    Map.of("Ref", "SingleFleetGroupASG"),
                    "Recurrence",
                    "0 18 * * *",
                    "DesiredCapacity",
                    3)),
            "Down",
            Map.of(
                "Type",
                "AWS::AutoScaling::ScheduledAction",
                "Properties",
                Map.of(
                    "AutoScalingGroupName",
                    Map.of("Ref", "SingleFleetGroupASG"),
                    "Recurrence",
                    "0 22 * * *",
                    "MinSize",
                    1)));
    CostLine instances =
        pricer.price("peak", template(group("t3a.small", 1), schedule)).lines().get(0);

    // 1 × 730 h reserved at 0.0134, plus 2 × 4 h × 730/24 days on demand at 0.0212
    assertThat(instances.reservedUsd().setScale(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo("14.9407");
    assertThat(instances.onDemandUsd().setScale(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo("20.6347");
  }

  @Test
  void aPriceMissingFromTheTableIsAnErrorNotZero() {
    assertThatThrownBy(() -> pricer.price("odd", template(group("m5.24xlarge", 1), Map.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ec2.m5.24xlarge.on-demand");
  }

  @Test
  void onlyDailySchedulesArePriced() {
    assertThatThrownBy(
            () ->
                TemplatePricer.DailyCapacity.of(
                    2, List.of(Map.of("Recurrence", "0 18 * * 1-5", "MinSize", 5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only daily schedules");
  }

  @Test
  void multiAzDatabaseIsPricedWithItsStandbyAndDoubledStorage() {
    Map<String, Object> database =
        Map.of(
            "Database",
            Map.of(
                "Type",
                "AWS::RDS::DBInstance",
                "Properties",
                Map.of(
                    "DBInstanceClass", "db.t3.small",
                    "Engine", "mysql",
                    "MultiAZ", true,
                    "AllocatedStorage", "30",
                    "StorageType", "gp2")));
    CostReport report = pricer.price("db", Map.of("Resources", database));

    assertThat(report.onDemandUsd(Category.RDS)).isEqualByComparingTo("60.54"); // 52.56 + 7.98
    assertThat(report.lines().get(0).reservedUsd()).isEqualByComparingTo("36.50");
  }

  @Test
  void eurosAreDollarsAtTheTablesRate() {
    PriceTable prices = PriceTable.load(PriceTable.CURRENT);

    assertThat(prices.toEuros(new BigDecimal("116"))).isEqualByComparingTo("100");
    assertThat(prices.describe()).contains("2025-10").contains("1 EUR = 1.16 USD");
  }

  private static Map<String, Object> template(
      Map<String, Object> group, Map<String, Object> others) {
    Map<String, Object> resources = new LinkedHashMap<>(group);
    resources.putAll(others);
    return Map.of("Resources", resources);
  }

  private static Map<String, Object> group(String instanceType, int min) {
    return Map.of(
        "SingleFleetGroupASG",
        Map.of(
            "Type",
            "AWS::AutoScaling::AutoScalingGroup",
            "Properties",
            Map.of(
                "MinSize", Integer.toString(min),
                "MaxSize", "5",
                "LaunchTemplate", Map.of("LaunchTemplateId", Map.of("Ref", "Template")))),
        "Template",
        Map.of(
            "Type",
            "AWS::EC2::LaunchTemplate",
            "Properties",
            Map.of(
                "LaunchTemplateData",
                Map.of(
                    "InstanceType",
                    instanceType,
                    "BlockDeviceMappings",
                    List.of(Map.of("Ebs", Map.of("VolumeSize", 10, "VolumeType", "gp3")))))));
  }
}
