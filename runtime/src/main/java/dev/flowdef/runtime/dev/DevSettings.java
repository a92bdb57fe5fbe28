package dev.flowdef.runtime.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * What dev mode reads from the environment the {@code genkit} CLI sets up: the telemetry server, real-time export,
 * the reflection port (fixed, or the first free one from 3100), and the runtime id.
 *
 * @param ports the ports to try, in order
 * @param telemetryServer {@code GENKIT_TELEMETRY_SERVER}, or {@code null} until {@code /api/notify} gives one
 * @param realtime whether spans are also sent when they start, so the Developer UI shows runs in progress
 * @param runtimeId {@code GENKIT_RUNTIME_ID}, or {@code null} for {@code <pid>-<port>}
 * @param workingDirectory where the project root search for the runtime file starts
 * @param genkitVersion what this runtime reports as its Genkit version, {@code java/<flowdef version>}
 */
record DevSettings(
    List<Integer> ports,
    String telemetryServer,
    boolean realtime,
    String runtimeId,
    Path workingDirectory,
    String genkitVersion) {

  static DevSettings from(Map<String, String> environment, Path workingDirectory) {
    String fixedPort = environment.get("GENKIT_REFLECTION_PORT");
    List<Integer> ports = fixedPort != null && !fixedPort.isBlank()
        ? List.of(port(fixedPort.strip()))
        : IntStream.range(3100, 3200).boxed().toList();
    return new DevSettings(
        ports,
        blankToNull(environment.get("GENKIT_TELEMETRY_SERVER")),
        "true".equals(environment.get("GENKIT_ENABLE_REALTIME_TELEMETRY")),
        blankToNull(environment.get("GENKIT_RUNTIME_ID")),
        workingDirectory,
        "java/" + flowdefVersion());
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("GENKIT_REFLECTION_PORT must be a port number (0 to 65535), not '" + text + "'");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String flowdefVersion() {
    try (InputStream in = DevSettings.class.getResourceAsStream("/META-INF/flowdef/runtime.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
