package dev.flowdef.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} (one thread, as the client shares the machine's two cores) with a POST of the echo body. */
public final class Wrk {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: (.*)");

  private final Path script;

  public Wrk(Path workDir) throws IOException {
    this.script = workDir.resolve("post.lua");
    Files.writeString(script, """
        wrk.method = "POST"
        wrk.body = '{"data":{"theme":"bistro"}}'
        wrk.headers["Content-Type"] = "application/json"
        """, StandardCharsets.UTF_8);
  }

  /** Requests per second and latency percentiles (ms) of one run, and wrk's errors if it saw any. */
  public record Result(double requestsPerSecond, double p50Millis, double p99Millis, String errors) {}

  public Result run(String url, int connections, int seconds) throws IOException, InterruptedException {
    Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency",
        "-s", script.toString(), url).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IOException("wrk failed:\n" + out);
    }
    Matcher rate = RATE.matcher(out);
    if (!rate.find()) {
      throw new IOException("No rate in wrk's output:\n" + out);
    }
    StringBuilder errors = new StringBuilder();
    for (Matcher error = ERRORS.matcher(out); error.find(); ) {
      errors.append(error.group()).append(' ');
    }
    return new Result(
        Double.parseDouble(rate.group(1)), percentile(out, "50%"), percentile(out, "99%"), errors.toString().strip());
  }

  private static double percentile(String out, String which) throws IOException {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      throw new IOException("No " + which + " latency in wrk's output:\n" + out);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "ms" -> value;
      default -> value * 1000;
    };
  }
}
