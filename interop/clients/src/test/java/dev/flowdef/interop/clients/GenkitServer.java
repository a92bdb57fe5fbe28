package dev.flowdef.interop.clients;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Genkit's own JavaScript flow server ({@code genkit-server/server.cjs}, Express, installed by {@code npm ci}),
 * started on a free loopback port for a test and stopped after it.
 */
final class GenkitServer implements AutoCloseable {
  private final Process process;
  private final int port;

  private GenkitServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static GenkitServer start() throws IOException, InterruptedException {
    Path folder = Path.of("genkit-server").toAbsolutePath();
    if (!Files.isDirectory(folder.resolve("node_modules"))) {
      throw new IllegalStateException("Run `npm ci` in " + folder + " first (the build does it)");
    }
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    ProcessBuilder builder = new ProcessBuilder("node", "server.cjs").directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(folder.resolveSibling("target").resolve("genkit-server.log").toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("GENKIT_ENV", "prod");
    Process process = builder.start();
    GenkitServer server = new GenkitServer(process, port);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!server.listening()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        server.close();
        throw new IllegalStateException("Genkit's server did not start; see target/genkit-server.log");
      }
      Thread.sleep(100);
    }
    return server;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
