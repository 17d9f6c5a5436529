package com.ocpizza.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Runs {@link BenchSimulation} for one plan in this JVM and reads the statistics of its HTML report
 * ({@code js/stats.json}, percentiles 50/75/95/99).
 */
final class GatlingRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GatlingRun() {}

  /** The report folder of the run and what it measured. */
  record Result(Path report, Stats stats) {}

  static Result run(Plan plan, Path resultsFolder, String description) {
    Plan.use(plan);
    try {
      Files.createDirectories(resultsFolder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int exit =
        io.gatling.app.Gatling$.MODULE$.fromArgs(
            new String[] {
              "--simulation",
              BenchSimulation.class.getName(),
              "--results-folder",
              resultsFolder.toString(),
              "--run-description",
              description,
              "--launcher",
              "ocpizza-bench"
            });
    Path report = newestReport(resultsFolder);
    if (report == null) {
      throw new IllegalStateException(
          "Gatling (exit " + exit + ") wrote no report in " + resultsFolder);
    }
    return new Result(report, read(report, plan.scenario().measuredRequest()));
  }

  private static Path newestReport(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .filter(dir -> Files.isRegularFile(dir.resolve("js").resolve("stats.json")))
          .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statistics of the named request (summed over its occurrences), or of all requests. */
  static Stats read(Path report, String requestName) {
    try {
      JsonNode root = JSON.readTree(report.resolve("js").resolve("stats.json").toFile());
      JsonNode stats = requestName == null ? root.path("stats") : find(root, requestName);
      if (stats == null) {
        return Stats.NONE;
      }
      return new Stats(
          stats.path("numberOfRequests").path("total").asLong(),
          stats.path("numberOfRequests").path("ko").asLong(),
          stats.path("percentiles1").path("total").asLong(),
          stats.path("percentiles4").path("total").asLong(),
          stats.path("meanNumberOfRequestsPerSecond").path("ok").asDouble());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode find(JsonNode group, String requestName) {
    JsonNode contents = group.path("contents");
    for (Iterator<JsonNode> it = contents.elements(); it.hasNext(); ) {
      JsonNode child = it.next();
      if (requestName.equals(child.path("name").asText())
          && "REQUEST".equals(child.path("type").asText())) {
        return child.path("stats");
      }
      JsonNode nested = find(child, requestName);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }
}
