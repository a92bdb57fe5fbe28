package dev.flowdef.bench.compare;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison's one table, in Markdown: a row per measure, a column per server, and next to every other server's
 * figure the ratio Flowdef ÷ that figure (above 1 for throughput, below 1 for times and memory, is Flowdef ahead).
 */
final class Table {
  private final List<String> servers;
  private final Map<String, double[]> rows = new LinkedHashMap<>();
  private final Map<String, String> formats = new LinkedHashMap<>();

  Table(List<String> servers) {
    this.servers = servers;
  }

  void put(String row, String format, int server, double value) {
    rows.computeIfAbsent(row, r -> newRow())[server] = value;
    formats.put(row, format);
  }

  double get(String row, int server) {
    double[] values = rows.get(row);
    return values == null ? Double.NaN : values[server];
  }

  String markdown() {
    StringBuilder out = new StringBuilder("| measure |");
    for (String server : servers) {
      out.append(' ').append(server).append(" |");
    }
    out.append("\n|---|");
    out.append("---:|".repeat(servers.size())).append('\n');
    for (Map.Entry<String, double[]> row : rows.entrySet()) {
      double[] values = row.getValue();
      out.append("| ").append(row.getKey()).append(" |");
      for (int s = 0; s < servers.size(); s++) {
        out.append(' ').append(format(formats.get(row.getKey()), values[s]));
        if (s > 0 && !Double.isNaN(values[s]) && !Double.isNaN(values[0]) && values[s] != 0) {
          out.append(String.format(Locale.ROOT, " (%.2f×)", values[0] / values[s]));
        }
        out.append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private double[] newRow() {
    double[] values = new double[servers.size()];
    Arrays.fill(values, Double.NaN);
    return values;
  }

  private static String format(String format, double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, format, value);
  }
}
