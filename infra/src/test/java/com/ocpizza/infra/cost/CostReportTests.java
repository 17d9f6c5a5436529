package com.ocpizza.infra.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.infra.SynthesizedTemplates;
import com.ocpizza.infra.Topology;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Prices the current definition: these figures change when the definition or prices do. */
class CostReportTests {

  private static final TemplatePricer pricer =
      new TemplatePricer(PriceTable.load(PriceTable.CURRENT), PriceTable.load(PriceTable.USAGE));
  private static final CostReport seed =
      pricer.price("seed", SynthesizedTemplates.json(SynthesizedTemplates.seed()));

  @Test
  void seedCostsAboutTwoHundredThirtySevenEurosAMonthOnDemand() {
    assertThat(PriceTable.money(seed.totalOnDemandUsd())).isEqualTo("274.67");
    assertThat(PriceTable.money(seed.totalOnDemandEur())).isEqualTo("236.79");
    assertThat(PriceTable.money(seed.totalReservedEur())).isEqualTo("188.58");
  }

  @Test
  void ordersArePricedWithTheirEveningPeak() {
    assertThat(seed.lines())
        .filteredOn(line -> line.item().startsWith("order: t3a.small"))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.item()).endsWith("× 2 around the clock + 3 for 4.25 h a day");
              // (2 × 24 + 3 × 4.25) h a day × 730/24 days × 0.0212 USD
              assertThat(PriceTable.money(line.onDemandUsd())).isEqualTo("39.17");
            });
  }

  @Test
  void everyLineOfTheBillIsPriced() {
    for (Category category : Category.values()) {
      if (category != Category.CLOUDFRONT) {
        assertThat(seed.onDemandUsd(category)).as(category.label()).isPositive();
      }
    }
    assertThat(PriceTable.money(seed.onDemandUsd(Category.RDS))).isEqualTo("60.54");
    assertThat(PriceTable.money(seed.onDemandUsd(Category.ELB))).isEqualTo("44.76");
  }

  @Test
  void comparesLineByLineWithTheOriginalEstimate() {
    assertThat(seed.comparisonWithOriginal())
        .containsPattern("EC2 \\(instances \\+ EBS\\) +72\\.74 +106\\.50 +\\+33\\.76")
        .containsPattern("RDS MySQL Multi-AZ +49\\.36 +52\\.19 +\\+2\\.83")
        .containsPattern("Elastic Load Balancing +28\\.10 +38\\.59 +\\+10\\.49")
        .containsPattern("S3 +0\\.22 +0\\.33 +\\+0\\.11")
        .containsPattern("VPC interface endpoints +- +27\\.79")
        .containsPattern("Secrets Manager +- +4\\.48")
        .containsPattern("Total +150\\.42 +236\\.79 +\\+86\\.37");
  }

  @Test
  void colocatingTheSmallServicesIsCheaperAndRunsEachOfThemTwice() {
    CostReport colocated =
        pricer.price("colocated", SynthesizedTemplates.json(SynthesizedTemplates.colocated()));

    assertThat(PriceTable.money(colocated.totalOnDemandEur())).isEqualTo("221.05");
    assertThat(PriceTable.money(colocated.totalReservedEur())).isEqualTo("177.75");
    assertThat(colocated.lines())
        .anyMatch(line -> line.item().equals("core: t3a.medium × 2 around the clock"));
  }

  @Test
  void selfContainedCellsSaveTheInternalLoadBalancerAndMostInstanceHours() {
    CostReport cells =
        pricer.price("cells", SynthesizedTemplates.json(SynthesizedTemplates.cells()));

    assertThat(PriceTable.money(cells.totalOnDemandEur())).isEqualTo("180.56");
    assertThat(PriceTable.money(cells.totalReservedEur())).isEqualTo("147.08");
    assertThat(PriceTable.money(cells.onDemandUsd(Category.ELB))).isEqualTo("22.38");
    assertThat(cells.lines())
        .anyMatch(
            line ->
                line.item().equals("cell: t3a.medium × 2 around the clock + 3 for 4.25 h a day"));
    assertThat(CostReportCommand.proposals(seed, List.of(Topology.cells()), List.of(cells)))
        .containsPattern("on demand +236\\.79 +180\\.56")
        .containsPattern("saving on demand vs seed +56\\.23");
  }

  @Test
  void commandPricesATemplateFileWrittenBySynth(@TempDir Path directory) throws Exception {
    Path template = directory.resolve("OcPizzaProduction.template.json");
    Files.writeString(
        template,
        JsonMapper.builder()
            .build()
            .writeValueAsString(SynthesizedTemplates.json(SynthesizedTemplates.seed())));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      CostReportCommand.main(new String[] {"--template", template.toString()});
    } finally {
      System.setOut(console);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Monthly cost of the " + template + " placement")
        .containsPattern("Total per month +274\\.67 +236\\.79 +218\\.76 +188\\.58")
        .contains("Compared with the original estimate (150.42 €/month)");
  }
}
