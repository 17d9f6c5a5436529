package com.ocpizza.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx as a plain reverse proxy in front of the same services as the gateway, with keep-alive
 * upstream connections and no access log: the peer the gateway is compared with. It runs in the
 * foreground of a child process with a configuration written into the results folder.
 */
final class Nginx implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final URI url;

  private Nginx(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  static Nginx start(Path folder, URI stock, List<URI> orders, URI management) {
    try {
      Path temp = folder.resolve("nginx-temp");
      Files.createDirectories(temp);
      int port = freePort();
      StringBuilder orderServers = new StringBuilder();
      for (URI order : orders) {
        orderServers.append("    server ").append(order.getAuthority()).append(";\n");
      }
      String config =
          """
          daemon off;
          worker_processes auto;
          pid %1$s/nginx.pid;
          error_log %1$s/nginx-error.log warn;
          events { worker_connections 4096; }
          http {
            access_log off;
            client_body_temp_path %2$s/body;
            proxy_temp_path %2$s/proxy;
            fastcgi_temp_path %2$s/fastcgi;
            uwsgi_temp_path %2$s/uwsgi;
            scgi_temp_path %2$s/scgi;
            upstream stock { server %3$s; keepalive 64; }
            upstream order {
          %4$s    keepalive 64;
            }
            upstream management { server %5$s; keepalive 64; }
            server {
              listen 127.0.0.1:%6$d;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $host;
              proxy_set_header X-Forwarded-For $remote_addr;
              location /api/pizzerias/ { proxy_pass http://stock; }
              location /api/orders { proxy_pass http://order; }
              location /api/management/ { proxy_pass http://management; }
            }
          }
          """
              .formatted(
                  folder,
                  temp,
                  stock.getAuthority(),
                  orderServers,
                  management.getAuthority(),
                  port);
      Path file = folder.resolve("nginx.conf");
      Files.writeString(file, config);
      Process process =
          new ProcessBuilder(
                  BINARY.toString(),
                  "-p",
                  folder.toString(),
                  "-e",
                  folder.resolve("nginx-error.log").toString(),
                  "-c",
                  file.toString())
              .redirectErrorStream(true)
              .redirectOutput(folder.resolve("nginx.out").toFile())
              .start();
      URI url = URI.create("http://127.0.0.1:" + port);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!answers(port)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroy();
          throw new IllegalStateException(
              "nginx did not start; see " + folder.resolve("nginx-error.log"));
        }
        Thread.sleep(50);
      }
      return new Nginx(process, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI url() {
    return url;
  }

  /** The master and worker processes, whose CPU and memory count like any proxy's. */
  List<ProcessHandle> processes() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(process.toHandle()), process.descendants())
        .toList();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean answers(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
