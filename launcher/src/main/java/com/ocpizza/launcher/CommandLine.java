package com.ocpizza.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The launcher's arguments: a command, its operands and {@code --name value} options.
 *
 * @param command {@code up}, {@code down}, {@code status}, {@code logs}, {@code help} or the
 *     internal {@code database}
 * @param operands what follows the command, e.g. the process name of {@code logs}
 * @param options the options given, by name without dashes
 */
record CommandLine(String command, List<String> operands, Map<String, String> options) {

  static final Set<String> COMMANDS = Set.of("up", "down", "status", "logs", "help", "database");

  private static final Map<String, Set<String>> OPTIONS =
      Map.of(
          "up", Set.of("port-offset", "timeout"),
          "down", Set.of(),
          "status", Set.of(),
          "logs", Set.of("lines"),
          "help", Set.of(),
          "database", Set.of("data-dir", "port"));

  static CommandLine parse(String... args) {
    if (args.length == 0 || Set.of("-h", "--help").contains(args[0])) {
      return new CommandLine("help", List.of(), Map.of());
    }
    String command = args[0];
    if (!COMMANDS.contains(command)) {
      throw new IllegalArgumentException("Unknown command: " + command);
    }
    List<String> operands = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        operands.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      if (!OPTIONS.get(command).contains(name)) {
        throw new IllegalArgumentException(command + " has no option --" + name);
      }
      options.put(name, value);
    }
    if (command.equals("logs") && operands.size() != 1) {
      throw new IllegalArgumentException("logs needs one process name, e.g. ./ocpizza logs stock");
    }
    if (!command.equals("logs") && !operands.isEmpty()) {
      throw new IllegalArgumentException(command + " takes no argument: " + operands.get(0));
    }
    return new CommandLine(command, List.copyOf(operands), Map.copyOf(options));
  }

  OptionalInt intOption(String name) {
    String value = options.get(name);
    if (value == null) {
      return OptionalInt.empty();
    }
    try {
      int number = Integer.parseInt(value);
      if (number < 0) {
        throw new IllegalArgumentException("--" + name + " must not be negative: " + value);
      }
      return OptionalInt.of(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " needs a number: " + value, e);
    }
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  static String usage() {
    return String.join(
        System.lineSeparator(),
        "Usage: ./ocpizza COMMAND",
        "",
        "  up [--port-offset N] [--timeout SECONDS]",
        "        build what is missing, start the database if needed, the five services (two",
        "        order replicas) and the gateway, and wait until all are ready",
        "  down  stop every process that up started",
        "  status",
        "        each process with its pid and health",
        "  logs NAME [--lines N]",
        "        follow one log, e.g. stock, order-8094, gateway, database",
        "  bench [--quick] [--keep]",
        "        the benchmark (run by ./ocpizza from the bench module): its own suite on",
        "        ports 38080.., a report under bench/results/",
        "",
        "Environment: OCPIZZA_RUNTIME_DIR (default .ocpizza), OCPIZZA_PORT_OFFSET,",
        "OCPIZZA_JAVA_HOME, OCPIZZA_AOT_CACHE=false, OCPIZZA_DB_URL with OCPIZZA_DB_ADMIN_USER",
        "and OCPIZZA_DB_ADMIN_PASSWORD.");
  }
}
