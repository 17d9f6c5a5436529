package com.ocpizza.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@link BenchSimulation} for one plan in this JVM and reads the statistics of its HTML report
 * (percentiles 50/75/95/99).
 */
final class GatlingRun {

  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
  private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)<");

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
          .filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
          .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The statistics of the named request, or of all requests, from the statistics table of the
   * report's {@code index.html} (Gatling 3.15 writes no JSON of them): columns 2 to 4 are the
   * total, OK and KO counts, 6 the requests per second, 8 and 11 the 50th and 99th percentiles.
   */
  static Stats read(Path report, String requestName) {
    String html;
    try {
      html = Files.readString(report.resolve("index.html"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String wanted = requestName == null ? "All Requests" : requestName;
    for (String row : html.split("<tr id=")) {
      Matcher name = NAME.matcher(row);
      if (!name.find() || !wanted.equals(name.group(1).strip())) {
        continue;
      }
      Map<Integer, String> cells = new HashMap<>();
      Matcher cell = CELL.matcher(row);
      while (cell.find()) {
        cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
      }
      long total = number(cells.get(2));
      long ok = number(cells.get(3));
      double perSecond = decimal(cells.get(6));
      return new Stats(
          total,
          number(cells.get(4)),
          number(cells.get(8)),
          number(cells.get(11)),
          total == 0 ? 0 : perSecond * ok / total);
    }
    return Stats.NONE;
  }

  private static long number(String text) {
    return Math.round(decimal(text));
  }

  private static double decimal(String text) {
    if (text == null || text.isEmpty() || text.equals("-")) {
      return 0;
    }
    return Double.parseDouble(text.replace(",", ""));
  }
}
