package dev.flowdef.bench.compare;

import dev.flowdef.bench.javac.JavacCost;
import dev.flowdef.bench.load.StreamLoad;
import dev.flowdef.bench.load.Wrk;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the whole comparison on loopback and prints one table: each measurement taken for every server in turn
 * (A B C D A B C D ...), several rounds, the table holding the median of the rounds and the log every single figure.
 * Started by {@code bench/run.sh}, which builds everything and says which JDK runs the Java servers.
 */
public final class Comparison {
  private final Options options;
  private final PrintStream log;
  private final Table table = new Table(Lineup.NAMES);

  private Comparison(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Files.createDirectories(options.out());
    try (PrintStream log = new PrintStream(Files.newOutputStream(options.out().resolve("figures.log")), true,
        StandardCharsets.UTF_8)) {
      new Comparison(options, log).run();
    }
  }

  private void run() throws Exception {
    note("JDK for the Java servers: " + options.javaHome());
    note("load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
    List<Server> servers = Lineup.create(options.root(), options.javaHome(), options.out());
    try {
      startUps(servers);
      for (Server server : servers) {
        server.start();
      }
      warmUp(servers);
      echo(servers);
      streams(servers);
      for (int s = 0; s < servers.size(); s++) {
        put("RSS after load (MB)", "%.0f", s, servers.get(s).rssMegabytes());
      }
    } finally {
      for (Server server : servers) {
        server.stop();
      }
    }
    javac();
    note("load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    String result = table.markdown() + "\n" + Targets.check(table);
    Files.writeString(options.out().resolve("table.md"), result);
    System.out.println();
    System.out.println(result);
  }

  /**
   * Each server started and stopped in turn, {@code startups} times: medians of time to first response and RSS.
   * One untimed start of each comes first: it fills the file cache for all, and lets the menu launcher's first run
   * write its class-data-sharing archive, as a deployed service's first start would.
   */
  private void startUps(List<Server> servers) throws Exception {
    for (Server server : servers) {
      try {
        note(String.format(Locale.ROOT, "first start of %s (untimed): %.0f ms", server.name, server.start()));
      } finally {
        server.stop();
      }
    }
    double[][] millis = new double[servers.size()][options.startups()];
    double[][] rss = new double[servers.size()][options.startups()];
    for (int round = 0; round < options.startups(); round++) {
      for (int s = 0; s < servers.size(); s++) {
        Server server = servers.get(s);
        try {
          millis[s][round] = server.start();
          rss[s][round] = server.rssMegabytes();
        } finally {
          server.stop();
        }
        note(String.format(Locale.ROOT, "start-up %s: %.0f ms, RSS %.0f MB", servers.get(s).name, millis[s][round],
            rss[s][round]));
      }
    }
    for (int s = 0; s < servers.size(); s++) {
      put("start-up to first response (ms)", "%.0f", s, median(millis[s]));
      put("RSS at first response (MB)", "%.0f", s, median(rss[s]));
    }
  }

  private void warmUp(List<Server> servers) throws Exception {
    Wrk wrk = new Wrk(options.out());
    for (Server server : servers) {
      note("warming up " + server.name + " for " + options.warmup() + " s");
      wrk.run(server.url("/menuSuggestion"), 16, options.warmup() / 2);
      StreamLoad load = new StreamLoad("127.0.0.1", server.port, "/streamChunks");
      load.concurrent(100, 16, options.warmup() / 4.0);
      load.sequential(1000, options.warmup() / 4.0);
    }
  }

  private void echo(List<Server> servers) throws Exception {
    Wrk wrk = new Wrk(options.out());
    for (int c : new int[] {1, 16, 64}) {
      double[][] rate = new double[servers.size()][options.rounds()];
      double[][] p50 = new double[servers.size()][options.rounds()];
      double[][] p99 = new double[servers.size()][options.rounds()];
      for (int round = 0; round < options.rounds(); round++) {
        for (int s = 0; s < servers.size(); s++) {
          Wrk.Result r = wrk.run(servers.get(s).url("/menuSuggestion"), c, options.seconds());
          rate[s][round] = r.requestsPerSecond();
          p50[s][round] = r.p50Millis();
          p99[s][round] = r.p99Millis();
          note(String.format(Locale.ROOT, "echo c=%d %s: %.0f req/s, p50 %.3f ms, p99 %.3f ms %s", c,
              servers.get(s).name, r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.errors()));
        }
      }
      for (int s = 0; s < servers.size(); s++) {
        put("echo c=" + c + ": req/s", "%.0f", s, median(rate[s]));
        put("echo c=" + c + ": p50 (ms)", "%.2f", s, median(p50[s]));
        put("echo c=" + c + ": p99 (ms)", "%.2f", s, median(p99[s]));
      }
    }
  }

  private void streams(List<Server> servers) throws Exception {
    double seconds = options.seconds();
    for (int chunks : new int[] {100, 1000}) {
      double[][][] figures = new double[3][servers.size()][options.rounds()];
      for (int round = 0; round < options.rounds(); round++) {
        for (int s = 0; s < servers.size(); s++) {
          StreamLoad.Sequential r =
              new StreamLoad("127.0.0.1", servers.get(s).port, "/streamChunks").sequential(chunks, seconds);
          figures[0][s][round] = r.firstChunkMillis();
          figures[1][s][round] = r.totalMillis();
          figures[2][s][round] = r.chunksPerSecond();
          note(String.format(Locale.ROOT, "stream of %d %s: first chunk %.3f ms, total %.3f ms, %.0f chunks/s"
              + " (%d streams)", chunks, servers.get(s).name, r.firstChunkMillis(), r.totalMillis(),
              r.chunksPerSecond(), r.streams()));
        }
      }
      for (int s = 0; s < servers.size(); s++) {
        put(chunks + " chunks: first chunk (ms)", "%.2f", s, median(figures[0][s]));
        put(chunks + " chunks: total (ms)", "%.2f", s, median(figures[1][s]));
        put(chunks + " chunks: chunks/s", "%.0f", s, median(figures[2][s]));
      }
    }
    double[][] rate = new double[servers.size()][options.rounds()];
    for (int round = 0; round < options.rounds(); round++) {
      for (int s = 0; s < servers.size(); s++) {
        StreamLoad.Concurrent r =
            new StreamLoad("127.0.0.1", servers.get(s).port, "/streamChunks").concurrent(100, 16, seconds);
        rate[s][round] = r.streamsPerSecond();
        note(String.format(Locale.ROOT, "16 streams of 100 %s: %.0f streams/s %s", servers.get(s).name,
            r.streamsPerSecond(), r.errors()));
      }
    }
    for (int s = 0; s < servers.size(); s++) {
      put("16 concurrent streams of 100: streams/s", "%.0f", s, median(rate[s]));
    }
  }

  /**
   * The processor's cost, for the Flowdef column only: javac without it, with it, with its output replayed, and with it
   * and the client library on the compile path (the Java clients too).
   */
  private void javac() throws Exception {
    if (options.javacRepeats() == 0) {
      return;
    }
    List<Path> libs;
    try (Stream<Path> files = Files.list(options.root().resolve("bench/servers/target/lib"))) {
      libs = new ArrayList<>(files.toList());
    }
    JavacCost.Result r = new JavacCost(options.javaHome(), libs, options.out()).measure(options.javacRepeats());
    note(String.format(Locale.ROOT, "javac, 200 flows and 400 records: %.0f ms without the processor, %.0f ms with,"
        + " %.0f ms with its output replayed, %.0f ms with the Java clients too", r.withoutMillis(), r.withMillis(),
        r.replayMillis(), r.withClientsMillis()));
    put("javac, 200 flows/400 records, no processor (ms)", "%.0f", 0, r.withoutMillis());
    put("javac, 200 flows/400 records, with processor (ms)", "%.0f", 0, r.withMillis());
    put("javac, 200 flows/400 records, processor's output replayed (ms)", "%.0f", 0, r.replayMillis());
    put("javac, 200 flows/400 records, with processor and flowdef-client (ms)", "%.0f", 0, r.withClientsMillis());
    put("processor's share of javac time (%)", "%.0f", 0, 100 * r.added());
    put("its output's share, replayed without the processor's work (%)", "%.0f", 0, 100 * r.outputAdded());
    put("its share with the Java clients, flowdef-client on the path (%)", "%.0f", 0, 100 * r.clientsAdded());
  }

  private void put(String row, String format, int server, double value) {
    table.put(row, format, server, value);
  }

  private void note(String line) {
    System.out.println(line);
    log.println(line);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The run's settings, from {@code bench/run.sh}'s arguments. */
  record Options(Path root, Path javaHome, Path out, int rounds, int seconds, int warmup, int startups,
      int javacRepeats) {

    static Options parse(String[] args) throws IOException {
      Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
      Path javaHome = Path.of(System.getProperty("bench.javaHome", System.getProperty("java.home")));
      Path out = Path.of(System.getProperty("bench.out", root.resolve("bench/target/run").toString()));
      int rounds = 5; // single rounds swing by 2-3x in p99 on a shared 2-core machine: medians of 5 hold better
      int seconds = 5;
      int warmup = 20;
      int startups = 5;
      int javac = 9; // 5 alternated compiles moved the processor's share by ten points between runs (session 13)
      for (int i = 0; i < args.length; i += 2) {
        int value = Integer.parseInt(args[i + 1]);
        switch (args[i]) {
          case "--rounds" -> rounds = value;
          case "--seconds" -> seconds = value;
          case "--warmup" -> warmup = value;
          case "--startups" -> startups = value;
          case "--javac" -> javac = value;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(root, javaHome, out, rounds, seconds, warmup, startups, javac);
    }
  }
}
