package dev.flowdef.bench.compare;

import java.util.Locale;

/** Issue 8's targets, checked against one run's table: each met or missed, with the figures that decide it. */
final class Targets {
  private static final int FLOWDEF = 0;
  private static final int GENKIT = 1;
  private static final int SPRING = 2;
  private static final int CEILING = 3;

  private Targets() {}

  static String check(Table t) {
    StringBuilder out = new StringBuilder("Targets:\n");
    for (int c : new int[] {16, 64}) {
      String row = "echo c=" + c + ": req/s";
      double vsGenkit = t.get(row, FLOWDEF) / t.get(row, GENKIT);
      double vsSpring = t.get(row, FLOWDEF) / t.get(row, SPRING);
      line(out, vsGenkit >= 10 && vsSpring >= 1, "throughput c=%d: %.1f× Genkit JS (≥ 10), %.2f× Spring Boot (≥ 1)",
          c, vsGenkit, vsSpring);
      double ofCeiling = t.get(row, FLOWDEF) / t.get(row, CEILING);
      line(out, ofCeiling >= 0.85, "flow layer c=%d: %.0f%% of the bare handler's throughput (≥ 85%%)",
          c, 100 * ofCeiling);
    }
    for (int c : new int[] {1, 16, 64}) {
      String row = "echo c=" + c + ": p99 (ms)";
      double own = t.get(row, FLOWDEF);
      line(out, own < t.get(row, GENKIT) && own < t.get(row, SPRING),
          "p99 c=%d: %.2f ms, Genkit JS %.2f ms, Spring Boot %.2f ms (below both)", c, own, t.get(row, GENKIT),
          t.get(row, SPRING));
    }
    for (int chunks : new int[] {100, 1000}) {
      String rate = chunks + " chunks: chunks/s";
      double ratio = t.get(rate, FLOWDEF) / t.get(rate, GENKIT);
      line(out, ratio >= 1.5, "%d chunks: %.2f× Genkit JS's chunks/s (≥ 1.5)", chunks, ratio);
      String first = chunks + " chunks: first chunk (ms)";
      line(out, t.get(first, FLOWDEF) <= t.get(first, GENKIT), "%d chunks: first chunk %.2f ms, Genkit JS %.2f ms"
          + " (at most Genkit's)", chunks, t.get(first, FLOWDEF), t.get(first, GENKIT));
    }
    double startUp = t.get("start-up to first response (ms)", FLOWDEF);
    line(out, startUp < 400, "start-up to first response: %.0f ms (< 400)", startUp);
    double rss = t.get("RSS after load (MB)", FLOWDEF);
    line(out, rss < 176, "RSS after load: %.0f MB (< 176)", rss);
    double share = t.get("processor's share of javac time (%)", FLOWDEF);
    if (!Double.isNaN(share)) {
      line(out, share <= 50, "processor: +%.0f%% javac time (≤ 50%%); its output alone, replayed: +%.0f%%; with"
          + " the Java clients (flowdef-client on the path): +%.0f%%", share,
          t.get("its output's share, replayed without the processor's work (%)", FLOWDEF),
          t.get("its share with the Java clients, flowdef-client on the path (%)", FLOWDEF));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, boolean met, String format, Object... args) {
    out.append(met ? "  met:    " : "  MISSED: ").append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
