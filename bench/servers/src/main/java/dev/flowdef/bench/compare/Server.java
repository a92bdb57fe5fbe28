package dev.flowdef.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One server of the comparison as a process of its own: how it is launched, and what its process costs: time from
 * process start to the first successful call of the echo flow, and resident memory.
 */
final class Server {
  private static final byte[] ECHO_BODY = "{\"data\":{\"theme\":\"bistro\"}}".getBytes(StandardCharsets.US_ASCII);

  final String name;
  final int port;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;

  Server(String name, int port, List<String> command, Map<String, String> environment, Path log) {
    this.name = name;
    this.port = port;
    this.command = command;
    this.environment = environment;
    this.log = log;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Starts the process and returns the milliseconds from its start to its first 200 on the echo flow. */
  double start() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    process = builder.start();
    long deadline = started + TimeUnit.SECONDS.toNanos(60);
    while (!answersEcho()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IOException(name + " did not answer on port " + port + "; see " + log + ":\n"
            + Files.readString(log));
      }
      Thread.sleep(1);
    }
    return (System.nanoTime() - started) / 1e6;
  }

  /** Resident memory of the process now, in MB. */
  double rssMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IOException("No VmRSS for " + name);
  }

  /** Stops the process, if running, and waits for it to end. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
    process = null;
  }

  private boolean answersEcho() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /menuSuggestion HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Connection: close\r\nContent-Length: " + ECHO_BODY.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(ECHO_BODY);
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.startsWith("HTTP/1.1 200");
    } catch (ConnectException e) {
      return false;
    } catch (IOException e) {
      return false; // listening, not serving yet
    }
  }
}
