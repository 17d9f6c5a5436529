package com.ocpizza.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical limits of the suite's database server, measured on the same server with its own
 * settings: sysbench's durable commit rate, the latency of {@code fdatasync} in its data directory,
 * and what that directory is stored on.
 */
final class Database {

  static final String SYSBENCH_SCHEMA = "ocpizza_bench_sysbench";

  private static final Pattern TRANSACTIONS =
      Pattern.compile("transactions:\\s+(\\d+)\\s+\\(([\\d.]+) per sec");
  private static final Pattern P95 = Pattern.compile("95th percentile:\\s+([\\d.]+)");

  private final String host;
  private final int port;

  Database(String jdbcUrl) {
    Matcher matcher = Pattern.compile("//([^:/]+):(\\d+)").matcher(jdbcUrl);
    if (!matcher.find()) {
      throw new IllegalArgumentException("No host and port in " + jdbcUrl);
    }
    this.host = matcher.group(1);
    this.port = Integer.parseInt(matcher.group(2));
  }

  /** One sysbench test: transactions (each ending in a durable commit) per second. */
  record Sysbench(String test, int threads, double perSecond, double p95Millis) {}

  /** Latency of a 4 KiB write followed by {@code fdatasync}, in the data directory. */
  record Fsync(int samples, double p50Millis, double p99Millis, double meanMillis) {}

  /** The server's version, durability settings, data directory and its mount. */
  Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT @@version, @@datadir, @@innodb_flush_log_at_trx_commit, @@sync_binlog,"
                    + " @@log_bin, @@innodb_buffer_pool_size, @@innodb_flush_method,"
                    + " @@innodb_doublewrite")) {
      row.next();
      String[] names = {
        "version",
        "datadir",
        "innodb_flush_log_at_trx_commit",
        "sync_binlog",
        "log_bin",
        "innodb_buffer_pool_size",
        "innodb_flush_method",
        "innodb_doublewrite"
      };
      for (int i = 0; i < names.length; i++) {
        settings.put(names[i], row.getString(i + 1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database settings", e);
    }
    String mount =
        command(
            List.of(
                "findmnt",
                "-n",
                "-o",
                "SOURCE,FSTYPE,OPTIONS",
                "--target",
                settings.get("datadir")));
    settings.put("mount", mount.strip());
    String fsType = mount.strip().split("\\s+").length > 1 ? mount.strip().split("\\s+")[1] : "?";
    boolean memory = List.of("tmpfs", "ramfs").contains(fsType);
    boolean overlay = "overlay".equals(fsType);
    settings.put(
        "real disk",
        memory
            ? "no: " + fsType + " is memory, fsync costs nothing"
            : overlay
                ? "overlay file system over the container's disk (" + fsType + ")"
                : "yes: " + fsType + " on " + mount.strip().split("\\s+")[0]);
    return settings;
  }

  Sysbench sysbench(String test, int threads, int seconds) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + SYSBENCH_SCHEMA);
      statement.execute("CREATE DATABASE " + SYSBENCH_SCHEMA);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the sysbench schema", e);
    }
    List<String> common =
        List.of(
            "--db-driver=mysql",
            "--mysql-host=" + host,
            "--mysql-port=" + port,
            "--mysql-user=root",
            "--mysql-password=",
            "--mysql-db=" + SYSBENCH_SCHEMA,
            "--tables=4",
            "--table-size=10000",
            "--threads=" + threads,
            "--time=" + seconds,
            "--report-interval=0");
    try {
      command(sysbench(test, common, "prepare"));
      String output = command(sysbench(test, common, "run"));
      Matcher transactions = TRANSACTIONS.matcher(output);
      Matcher p95 = P95.matcher(output);
      if (!transactions.find()) {
        throw new IllegalStateException("No transaction rate in sysbench's output:\n" + output);
      }
      return new Sysbench(
          test,
          threads,
          Double.parseDouble(transactions.group(2)),
          p95.find() ? Double.parseDouble(p95.group(1)) : Double.NaN);
    } finally {
      try (Connection connection = connect();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + SYSBENCH_SCHEMA);
      } catch (SQLException e) {
        System.err.println("Could not drop " + SYSBENCH_SCHEMA + ": " + e.getMessage());
      }
    }
  }

  private static List<String> sysbench(String test, List<String> options, String action) {
    List<String> command = new ArrayList<>();
    command.add("sysbench");
    command.add(test);
    command.addAll(options);
    command.add(action);
    return command;
  }

  /** Times {@code fdatasync} after each 4 KiB append to a scratch file in the data directory. */
  static Fsync fsync(Path directory, int samples) {
    Path file = directory.resolve("ocpizza-bench-fsync.tmp");
    double[] millis = new double[samples];
    ByteBuffer block = ByteBuffer.allocate(4096);
    try (FileChannel channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      for (int i = 0; i < samples; i++) {
        block.clear();
        channel.write(block);
        long start = System.nanoTime();
        channel.force(false);
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        System.err.println("Could not delete " + file + ": " + e.getMessage());
      }
    }
    double mean = Arrays.stream(millis).average().orElse(0);
    Arrays.sort(millis);
    return new Fsync(
        samples, millis[samples / 2], millis[Math.min(samples - 1, samples * 99 / 100)], mean);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port, "root", "");
  }

  /** Runs a command to its end (at most ten minutes) and returns what it printed. */
  static String command(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not end");
      }
      String text = new String(output);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + command, e);
    }
  }
}
