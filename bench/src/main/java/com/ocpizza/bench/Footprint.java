package com.ocpizza.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Memory and CPU time of processes, read from {@code /proc}. */
final class Footprint {

  /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux we run on. */
  private static final long TICKS_PER_SECOND = ticksPerSecond();

  private Footprint() {}

  /** Peak and current resident memory, in MiB. */
  record Memory(long peakMib, long currentMib) {}

  static Memory memory(long pid) {
    try {
      long peak = 0;
      long current = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          peak = kib(line) / 1024;
        } else if (line.startsWith("VmRSS:")) {
          current = kib(line) / 1024;
        }
      }
      return new Memory(peak, current);
    } catch (IOException e) {
      return new Memory(-1, -1);
    }
  }

  /** User plus system CPU time the process has used so far, in milliseconds. */
  static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name.
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** CPU milliseconds of each named process. */
  static Map<String, Long> cpu(Map<String, Long> pids) {
    Map<String, Long> cpu = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpu.put(name, cpuMillis(pid)));
    return cpu;
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  private static long ticksPerSecond() {
    try {
      return Long.parseLong(Database.command(java.util.List.of("getconf", "CLK_TCK")).strip());
    } catch (RuntimeException e) {
      return 100;
    }
  }
}
