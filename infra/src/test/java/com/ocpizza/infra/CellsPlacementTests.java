package com.ocpizza.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The cheaper placement where every instance runs the whole suite. */
class CellsPlacementTests {

  private static final Template template = SynthesizedTemplates.cells();
  private static final TemplateJson json = new TemplateJson(template);

  @Test
  void callsBetweenServicesStayOnTheInstanceSoThereIsNoInternalLoadBalancer() {
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::LoadBalancer", 1);
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", 1);
    String userData =
        TemplateJson.text(
            TemplateJson.properties(json.resource("AWS::EC2::LaunchTemplate", "CellFleet")));
    assertThat(userData)
        .contains("OCPIZZA_ORDER_URLS=\"http://127.0.0.1:8084\"")
        .contains("OCPIZZA_AUTH_URL=\"http://127.0.0.1:8081\"")
        .contains("systemctl enable --now ocpizza-gateway.service ocpizza-auth.service")
        .contains("MemoryMax=576M");
  }

  @Test
  void cellsScaleFromTwoToFiveForTheEveningPeak() {
    assertThat(
            TemplateJson.properties(
                json.resource("AWS::AutoScaling::AutoScalingGroup", "CellFleet")))
        .containsEntry("MinSize", "2")
        .containsEntry("MaxSize", "5");
    template.hasResourceProperties(
        "AWS::AutoScaling::ScheduledAction",
        Map.of("Recurrence", "45 17 * * *", "TimeZone", "Europe/Paris", "DesiredCapacity", 5));
    template.hasResourceProperties(
        "AWS::AutoScaling::ScalingPolicy",
        Map.of(
            "TargetTrackingConfiguration",
            Match.objectLike(
                Map.of(
                    "PredefinedMetricSpecification",
                    Match.objectLike(
                        Map.of("PredefinedMetricType", "ALBRequestCountPerTarget"))))));
  }
}
