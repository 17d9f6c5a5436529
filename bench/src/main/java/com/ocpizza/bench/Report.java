package com.ocpizza.bench;

import com.ocpizza.launcher.Suite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects what a benchmark run measured and writes it as Markdown. */
final class Report {

  /** A t3a.small has 2 vCPUs and may use 20 % of them for good: 400 CPU-ms per second. */
  private static final double T3A_SMALL_BASELINE_CPU_MS_PER_S = 2 * 0.20 * 1000;

  private final Settings settings;
  private final List<String> machine = new ArrayList<>();
  private final StringBuilder database = new StringBuilder();
  private final List<Stepping.Outcome> outcomes = new ArrayList<>();
  private final StringBuilder hot = new StringBuilder();
  private final StringBuilder mix = new StringBuilder();
  private final StringBuilder cpu = new StringBuilder();
  private final StringBuilder startup = new StringBuilder();
  private final List<String> notes = new ArrayList<>();
  private double commitRate = Double.NaN;
  private double cpuMsPerOrder = Double.NaN;
  private long peakRssMib = -1;
  private double aotStartSeconds = Double.NaN;
  private Duration totalTime = Duration.ZERO;

  Report(Settings settings) {
    this.settings = settings;
  }

  void machine(Suite suite) {
    machine.add("Date (UTC): " + Instant.now());
    machine.add(
        "Processors: " + Runtime.getRuntime().availableProcessors() + " (" + cpuModel() + ")");
    machine.add("Memory: " + memTotal());
    machine.add("Kernel: " + command("uname", "-sr"));
    machine.add(
        "Services' JDK: the newest the launcher finds (Java 25 here); load generator JVM "
            + System.getProperty("java.version"));
    machine.add(
        "Suite: port offset "
            + suite.portOffset()
            + ", runtime folder `"
            + suite.runtimeDir().getFileName()
            + "`, embedded MariaDB, AOT caches on");
    machine.add(
        "Load generator: Gatling 3.15.1 in the same machine (it competes for the same 2 cores)");
  }

  void database(
      Map<String, String> settings, Database.Fsync fsync, List<Database.Sysbench> sysbench) {
    database.append("| Setting | Value |\n|---|---|\n");
    settings.forEach(
        (name, value) ->
            database.append("| ").append(name).append(" | `").append(value).append("` |\n"));
    database.append(
        String.format(
            Locale.ROOT,
            "%n`fdatasync` after a 4 KiB write in the data directory (%d samples): p50 %.2f ms, p99 %.2f ms, mean %.2f ms.%n%n",
            fsync.samples(),
            fsync.p50Millis(),
            fsync.p99Millis(),
            fsync.meanMillis()));
    database.append(
        "| sysbench test | Threads | Transactions/s (each one durable commit) | p95 latency |\n|---|---|---|---|\n");
    for (Database.Sysbench result : sysbench) {
      database.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %.2f ms |%n",
              result.test(),
              result.threads(),
              result.perSecond(),
              result.p95Millis()));
      if (result.test().equals("oltp_write_only")) {
        commitRate = result.perSecond();
      }
    }
  }

  void outcome(Stepping.Outcome outcome) {
    outcomes.add(outcome);
  }

  void cpuPerOrder(Map<String, Long> before, Map<String, Long> after, long orders) {
    if (orders == 0) {
      cpu.append("No order was placed through the gateway: CPU per order not measured.\n");
      return;
    }
    cpu.append("| Process | CPU-ms per order |\n|---|---|\n");
    long total = 0;
    for (Map.Entry<String, Long> entry : after.entrySet()) {
      Long start = before.get(entry.getKey());
      if (start == null || start < 0 || entry.getValue() < 0) {
        continue;
      }
      long used = entry.getValue() - start;
      total += used;
      cpu.append(
          String.format(Locale.ROOT, "| %s | %.2f |%n", entry.getKey(), (double) used / orders));
    }
    cpuMsPerOrder = (double) total / orders;
    cpu.append(String.format(Locale.ROOT, "| **all** | **%.2f** |%n%n", cpuMsPerOrder));
    cpu.append(
        String.format(
            Locale.ROOT,
            "Over %d orders placed in every S2 step (direct, gateway and nginx; the warm-ups,"
                + " top-ups and idle work of the same period included). A t3a.small (2 vCPU) may use 20 %% of them for good,"
                + " %.0f CPU-ms per second: **%.1f orders/s** at the baseline if the whole suite"
                + " ran on one such instance (the load generator's CPU excluded).%n",
            orders,
            T3A_SMALL_BASELINE_CPU_MS_PER_S,
            T3A_SMALL_BASELINE_CPU_MS_PER_S / cpuMsPerOrder));
  }

  void hot(HotOrders.Outcome outcome) {
    hot.append(
        String.format(
            Locale.ROOT,
            "%d orders for one medium pizza each, all needing %s (%s per pizza, stock counted at %s:"
                + " enough for %d).%n%n| Accepted (201) | Stock after | Used per the stock API |"
                + " Accepted × recipe | **Oversold units** | Errors (other than 409) | p99 |%n"
                + "|---|---|---|---|---|---|---|%n| %d | %s | %s | %s | **%s** | %d | %d ms |%n",
            outcome.result().stats().requests(),
            outcome.scarce().name(),
            outcome.scarce().perPizza().toPlainString(),
            outcome.initial().toPlainString(),
            HotOrders.ENOUGH_FOR,
            outcome.accepted(),
            outcome.after().toPlainString(),
            outcome.used().toPlainString(),
            outcome.expectedUse().toPlainString(),
            outcome.oversold().toPlainString(),
            outcome.result().stats().errors(),
            outcome.result().stats().p99Millis()));
    if (!outcome.consistent()) {
      hot.append(
          "\nThe stock used differs from what the accepted orders need: investigate (an order"
              + " accepted without its reservation, or a reservation without its order).\n");
    }
    hot.append("\nGatling report: `").append(outcome.result().report().getFileName()).append("`\n");
  }

  void mix(double rate, GatlingRun.Result result, Map<String, Footprint.Memory> memory) {
    Stats stats = result.stats();
    mix.append(
        String.format(
            Locale.ROOT,
            "%.0f users/s for %d s via the gateway: %d requests, %d errors, p50 %d ms, p99 %d ms."
                + " Gatling report: `%s`.%n%n| Process | Peak RSS (VmHWM) | RSS at the end |%n|---|---|---|%n",
            rate,
            settings.mix().toSeconds(),
            stats.requests(),
            stats.errors(),
            stats.p50Millis(),
            stats.p99Millis(),
            result.report().getFileName()));
    memory.forEach(
        (name, value) -> {
          mix.append(
              String.format(
                  "| %s | %d MiB | %d MiB |%n", name, value.peakMib(), value.currentMib()));
          if (!name.startsWith("database") && !name.equals("mariadbd")) {
            peakRssMib = Math.max(0, peakRssMib) + value.peakMib();
          }
        });
  }

  void startup(Map<String, Double> seconds) {
    startup.append("| Runtime | Start to ready |\n|---|---|\n");
    seconds.forEach(
        (name, value) ->
            startup.append(String.format(Locale.ROOT, "| %s | %.2f s |%n", name, value)));
    aotStartSeconds = seconds.getOrDefault("Java 25 + AOT cache", Double.NaN);
  }

  void note(String line) {
    notes.add(line);
  }

  void totalTime(Duration duration) {
    totalTime = duration;
  }

  String markdown(Path results) {
    StringBuilder md = new StringBuilder();
    md.append("# OC Pizza benchmark (").append(settings.name()).append(" run)\n\n");
    md.append(
        String.format(
            "Steps of %d s, at most %d per scenario and target, each rate ×%.1f the one before;"
                + " a rate is sustainable when its p99 stays under the scenario's bound with"
                + " fewer than 0.1 %% errors. Total time %d min %d s.%n%n",
            settings.step().toSeconds(),
            settings.maxSteps(),
            settings.growth(),
            totalTime.toMinutes(),
            totalTime.toSecondsPart()));
    md.append("## Machine\n\n");
    machine.forEach(line -> md.append("- ").append(line).append('\n'));
    md.append("\n## Database: physical limits\n\n").append(database);
    md.append("\n## Highest sustainable rates\n\n");
    md.append(
        "| Scenario | Target | p99 bound | Highest sustainable rate (users/s) | Throughput of the measured request | p50 | p99 |\n|---|---|---|---|---|---|---|\n");
    for (Stepping.Outcome outcome : outcomes) {
      Stepping.Step best = outcome.best();
      md.append("| ")
          .append(outcome.scenario().title())
          .append(" | ")
          .append(outcome.target())
          .append(" | ")
          .append(outcome.scenario().p99BoundMillis())
          .append(" ms | ");
      if (best == null) {
        md.append("none (first step already over the bound) | | | |\n");
      } else {
        md.append(
            String.format(
                Locale.ROOT,
                "%s%.1f | %.1f/s | %d ms | %d ms |%n",
                outcome.limitNotReached() ? "≥ " : "",
                best.rate(),
                best.stats().throughput(),
                best.stats().p50Millis(),
                best.stats().p99Millis()));
      }
    }
    md.append("\n\"≥\": the last step tried was still sustainable; the limit lies higher.\n");
    md.append("\n### Every step\n\n");
    md.append("| Scenario | Target | Rate (users/s) | Requests | Errors | p50 | p99 | Held |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Stepping.Outcome outcome : outcomes) {
      for (Stepping.Step step : outcome.steps()) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %d | %d | %d ms | %d ms | %s |%n",
                outcome.scenario().title(),
                outcome.target(),
                step.rate(),
                step.stats().requests(),
                step.stats().errors(),
                step.stats().p50Millis(),
                step.stats().p99Millis(),
                step.sustainable() ? "yes" : "no"));
      }
    }
    md.append("S3 users each place one order and move it twice (start preparation, ready): the");
    md.append(" status requests per second are twice the user rate. S4 users read the month's");
    md.append(" summary and the daily series over the last three years.\n");
    md.append("\n## Ratios\n\n| Ratio | Value | Goal |\n|---|---|---|\n");
    ratio(md, "Menu: gateway ÷ direct", Scenario.S1_MENU, "gateway", "direct", "≥ 0.6");
    ratio(md, "Menu: gateway ÷ nginx", Scenario.S1_MENU, "gateway", "nginx", "≥ 0.8");
    ratio(md, "Orders: gateway ÷ direct", Scenario.S2_ORDER, "gateway", "direct", "≥ 0.85");
    ratio(md, "Orders: gateway ÷ nginx", Scenario.S2_ORDER, "gateway", "nginx", "≥ 0.8");
    double orders = throughput(Scenario.S2_ORDER, "gateway");
    if (Double.isNaN(orders)) {
      md.append(
          String.format(
              Locale.ROOT,
              "| Orders/s via gateway ÷ DB commit rate (oltp_write_only) | n/a: no sustainable"
                  + " order step (the database commits %.1f/s) | ≥ 0.15 |%n",
              commitRate));
    } else {
      md.append(
          String.format(
              Locale.ROOT,
              "| Orders/s via gateway ÷ DB commit rate (oltp_write_only) | %.3f (%.1f ÷ %.1f) |"
                  + " ≥ 0.15 |%n",
              orders / commitRate,
              orders,
              commitRate));
    }
    md.append(
        "\nRatios use the measured throughput at the highest sustainable step of each target;");
    md.append(
        " when both targets were still sustainable at the last step the ratio is a lower bound of nothing: read it as \"not limited yet\".\n");
    md.append("\n## S2-hot: one scarce ingredient\n\n").append(hot);
    md.append("\n## Mix (browse 10 : order 1 : status 2 : dashboard 0.1) and memory\n\n")
        .append(mix);
    md.append("\n## CPU per order\n\n").append(cpu);
    md.append("\n## Order replica startup\n\n").append(startup);
    md.append("\n## Goals\n\n| Goal | Measured |\n|---|---|\n");
    goal(md, "Menu via gateway ≥ 1,500 req/s at p99 < 50 ms", Scenario.S1_MENU, "gateway");
    goal(md, "Orders ≥ 250/s at p99 < 200 ms", Scenario.S2_ORDER, "gateway");
    goal(md, "Status updates ≥ 600/s at p99 < 100 ms", Scenario.S3_STATUS, "gateway");
    goal(md, "Dashboard p95 ≤ 100 ms (p99 bound used here)", Scenario.S4_DASHBOARD, "gateway");
    md.append(
        String.format(
            "| All seven JVMs ≤ 2 GiB RSS under load | sum of their peak RSS: %d MiB (2,048 MiB allowed) |%n",
            peakRssMib));
    md.append(
        String.format(
            Locale.ROOT,
            "| Order replica ready ≤ 3 s with the AOT cache | %.2f s |%n",
            aotStartSeconds));
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    md.append("\n## Gatling reports\n\n");
    for (Stepping.Outcome outcome : outcomes) {
      for (Stepping.Step step : outcome.steps()) {
        md.append(
            String.format(
                Locale.ROOT,
                "- %s via %s at %.1f/s: `%s`%n",
                outcome.scenario().title(),
                outcome.target(),
                step.rate(),
                results.relativize(step.report())));
      }
    }
    // Paths inside the project are given from its root, so that reports read the same anywhere.
    Path project = results.toAbsolutePath().getParent().getParent().getParent();
    return md.toString().replace(project + "/", "");
  }

  private void ratio(
      StringBuilder md, String name, Scenario scenario, String a, String b, String goal) {
    double top = throughput(scenario, a);
    double bottom = throughput(scenario, b);
    if (Double.isNaN(top) || Double.isNaN(bottom)) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | n/a: no sustainable step for %s (compare the first steps' latencies under"
                  + " \"Every step\") | %s |%n",
              name,
              Double.isNaN(top) && Double.isNaN(bottom) ? "either" : Double.isNaN(top) ? a : b,
              goal));
      return;
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f (%.1f ÷ %.1f req/s) | %s |%n",
            name,
            top / bottom,
            top,
            bottom,
            goal));
  }

  private void goal(StringBuilder md, String goal, Scenario scenario, String target) {
    Map<String, Stepping.Step> best = new LinkedHashMap<>();
    outcomes.stream()
        .filter(o -> o.scenario() == scenario && o.target().equals(target) && o.best() != null)
        .forEach(o -> best.put(target, o.best()));
    Stepping.Step step = best.get(target);
    md.append("| ").append(goal).append(" | ");
    if (step == null) {
      md.append("no sustainable step |\n");
    } else {
      md.append(
          String.format(
              Locale.ROOT,
              "%.1f req/s at p99 %d ms |%n",
              step.stats().throughput(),
              step.stats().p99Millis()));
    }
  }

  private double throughput(Scenario scenario, String target) {
    return outcomes.stream()
        .filter(o -> o.scenario() == scenario && o.target().equals(target) && o.best() != null)
        .mapToDouble(o -> o.best().stats().throughput())
        .findFirst()
        .orElse(Double.NaN);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal"))
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 + " MiB")
          .findFirst()
          .orElse("?");
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static String command(String... command) {
    try {
      return Database.command(List.of(command)).strip();
    } catch (RuntimeException e) {
      return "?";
    }
  }
}
