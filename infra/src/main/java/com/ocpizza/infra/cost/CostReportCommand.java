package com.ocpizza.infra.cost;

import static com.ocpizza.infra.cost.PriceTable.money;

import com.ocpizza.infra.OcPizzaInfraApp;
import com.ocpizza.infra.ProductionStack;
import com.ocpizza.infra.Topology;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.App;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the monthly cost of production as defined by the CDK app, compared with the original
 * estimate, and the cost of the cheaper placements.
 *
 * <pre>
 * ./mvnw -q -pl infra compile exec:java                                # synthesizes, then prices
 * ./mvnw -q -pl infra compile exec:java -Dexec.args="--template FILE"  # prices a cdk synth output
 * </pre>
 */
public final class CostReportCommand {

  private CostReportCommand() {}

  public static void main(String[] args) throws IOException {
    TemplatePricer pricer =
        new TemplatePricer(PriceTable.load(PriceTable.CURRENT), PriceTable.load(PriceTable.USAGE));
    PrintStream out = System.out;
    if (args.length == 2 && "--template".equals(args[0])) {
      CostReport report = pricer.price(args[1], read(Path.of(args[1])));
      out.println(report.table());
      out.println(report.comparisonWithOriginal());
      return;
    }
    if (args.length != 0) {
      System.err.println("usage: CostReportCommand [--template FILE]");
      System.exit(2);
    }
    CostReport seed = pricer.price("seed", synthesize(Topology.seed()));
    List<Topology> cheaper = List.of(Topology.colocated(), Topology.cells());
    List<CostReport> alternatives = new ArrayList<>();
    for (Topology topology : cheaper) {
      alternatives.add(pricer.price(topology.name(), synthesize(topology)));
    }
    out.println(seed.table());
    out.println(seed.comparisonWithOriginal());
    out.println(proposals(seed, cheaper, alternatives));
    alternatives.forEach(report -> out.println(report.table()));
  }

  /** The cheaper placements side by side with the seed, each priced from its own template. */
  static String proposals(CostReport seed, List<Topology> cheaper, List<CostReport> reports) {
    StringBuilder out = new StringBuilder();
    out.append("Cheaper at the same availability or better, each priced from its own template:\n");
    for (Topology topology : cheaper) {
      out.append(wrap(topology.name() + ": " + topology.summary(), 96)).append('\n');
    }
    out.append('\n');
    String format = "  %-40s" + " %10s".repeat(reports.size() + 1) + "%n";
    List<Object> header = new ArrayList<>(List.of("per month, in euros", seed.name()));
    List<Object> onDemand = new ArrayList<>(List.of("on demand", money(seed.totalOnDemandEur())));
    List<Object> reserved =
        new ArrayList<>(List.of("always-on part reserved 1 year", money(seed.totalReservedEur())));
    List<Object> saving = new ArrayList<>(List.of("saving on demand vs seed", ""));
    for (CostReport report : reports) {
      header.add(report.name());
      onDemand.add(money(report.totalOnDemandEur()));
      reserved.add(money(report.totalReservedEur()));
      saving.add(money(seed.totalOnDemandEur().subtract(report.totalOnDemandEur())));
    }
    for (List<Object> row : List.of(header, onDemand, reserved, saving)) {
      out.append(String.format(format, row.toArray()));
    }
    return out.toString();
  }

  private static String wrap(String text, int width) {
    StringBuilder wrapped = new StringBuilder("  ");
    int column = 2;
    for (String word : text.split(" ")) {
      if (column + word.length() > width) {
        wrapped.append("\n    ");
        column = 4;
      }
      wrapped.append(word).append(' ');
      column += word.length() + 1;
    }
    return wrapped.toString().stripTrailing();
  }

  /** Synthesizes the app for a placement, as {@code cdk synth} would, and reads the template. */
  public static Map<String, Object> synthesize(Topology topology) {
    Path outdir;
    try {
      outdir = Files.createTempDirectory("ocpizza-cdk-out");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      App app = App.Builder.create().outdir(outdir.toString()).build();
      new ProductionStack(
          app, OcPizzaInfraApp.STACK_NAME, topology, ProductionStack.DEFAULT_DOMAIN);
      app.synth();
      return read(outdir.resolve(OcPizzaInfraApp.STACK_NAME + ".template.json"));
    } finally {
      delete(outdir);
    }
  }

  static Map<String, Object> read(Path template) {
    return JsonMapper.builder().build().readValue(template.toFile(), new TypeReference<>() {});
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
