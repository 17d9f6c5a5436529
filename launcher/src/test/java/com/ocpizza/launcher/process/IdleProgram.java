package com.ocpizza.launcher.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in for a service in the supervisor's tests: says hello, then waits until killed. With
 * {@code stubborn} it ignores SIGTERM; with {@code parent} it first starts a child like itself.
 */
final class IdleProgram {

  private IdleProgram() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> options = List.of(args);
    System.out.println("idle program running");
    System.out.flush();
    if (options.contains("parent")) {
      new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp",
              System.getProperty("java.class.path"),
              IdleProgram.class.getName(),
              "child")
          .inheritIO()
          .start();
    }
    CountDownLatch never = new CountDownLatch(1);
    if (options.contains("stubborn")) {
      Runtime.getRuntime().addShutdownHook(new Thread(IdleProgram::awaitForever));
    }
    if (options.contains("exit")) {
      return;
    }
    never.await();
  }

  private static void awaitForever() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
