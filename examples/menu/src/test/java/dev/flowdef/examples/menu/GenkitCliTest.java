package dev.flowdef.examples.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Genkit CLI (npm {@code genkit-cli}, pinned in {@code interop/genkit-cli}) drives the menu app in dev
 * mode: {@code genkit start --noui -- java ... MenuApp}, then {@code genkit flow:run}, then the CLI's telemetry
 * server holds the traces. Nothing of Genkit is imitated here: these are its own tools, on loopback.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class GenkitCliTest {
  private static final Path GENKIT = Path.of("../../interop/genkit-cli/node_modules/.bin/genkit").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TELEMETRY = Pattern.compile("Telemetry API running on (http://\\S+)");

  @TempDir static Path project;
  private static Process genkitStart;
  private static Path startLog;

  @BeforeAll
  static void startTheAppUnderGenkitStart() throws Exception {
    assertTrue(Files.isExecutable(GENKIT), "run `npm ci` in interop/genkit-cli (mvn verify does): " + GENKIT);
    Files.writeString(project.resolve("package.json"), "{}"); // the CLI's project root: .genkit/ goes here
    genkit("config", "set", "analyticsOptOut", "true");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(GENKIT.toString(), "start", "--noui"));
    command.addAll(quiet());
    command.addAll(List.of("--", java, "-cp", System.getProperty("java.class.path"), MenuApp.class.getName()));
    startLog = project.resolve("start.log");
    genkitStart = process(command).redirectErrorStream(true).redirectOutput(startLog.toFile()).start();

    Path runtimes = project.resolve(".genkit/runtimes");
    for (int i = 0; i < 600 && !hasRuntimeFile(runtimes); i++) {
      assertTrue(genkitStart.isAlive(), () -> "genkit start exited: " + read(startLog));
      Thread.sleep(100);
    }
    assertTrue(hasRuntimeFile(runtimes), () -> "no runtime file after 60 s: " + read(startLog));
  }

  @AfterAll
  static void stop() {
    if (genkitStart != null) {
      genkitStart.descendants().forEach(ProcessHandle::destroy);
      genkitStart.destroy();
    }
  }

  @Test
  void flowRunPrintsTheResultOfMenuSuggestion() throws Exception {
    String out = genkit("flow:run", "menuSuggestion", "{\"theme\":\"bistro\"}");

    JsonNode result = JSON.readTree(after(out, "Result:"));
    assertEquals("Bistro Roast Chicken", result.path("dishname").asText(), out);
    assertTrue(out.matches("(?s).*Trace ID: [0-9a-f]{32}.*"), out);
  }

  @Test
  void flowRunStreamsTheChunksOfMenuStreamThenItsResult() throws Exception {
    String out = genkit("flow:run", "menuStream", "{\"theme\":\"bistro\"}", "-s");

    String chunks = out.substring(0, out.indexOf("Result:"));
    assertTrue(chunks.contains("\"Bistro \"\n\"Roast \"\n\"Chicken: \""), out);
    assertTrue(chunks.indexOf("\"Bistro \"") < chunks.indexOf("\"crust.\""), out);
    JsonNode result = JSON.readTree(after(out, "Result:"));
    assertEquals("bistro", result.path("theme").asText(), out);
  }

  @Test
  void theTelemetryServerHoldsTheTraceWithTheStepAsAChildSpan() throws Exception {
    String out = genkit("flow:run", "menuQuestion", "{\"question\":\"Anything vegan?\"}");
    Matcher traceId = Pattern.compile("Trace ID: ([0-9a-f]{32})").matcher(out);
    assertTrue(traceId.find(), out);

    JsonNode trace = JSON.readTree(get(telemetryServer() + "/api/traces/" + traceId.group(1)));

    JsonNode root = null;
    JsonNode step = null;
    for (JsonNode span : trace.path("spans")) {
      if (span.path("displayName").asText().equals("menuQuestion")) {
        root = span;
      } else if (span.path("displayName").asText().equals("retrieve-daily-menu")) {
        step = span;
      }
    }
    assertTrue(root != null && step != null, trace.toString());
    assertEquals(root.path("spanId").asText(), step.path("parentSpanId").asText());
    assertEquals("/{menuQuestion,t:flow}", root.path("attributes").path("genkit:path").asText());
    assertEquals("flowStep", step.path("attributes").path("genkit:type").asText());
    assertEquals("success", root.path("attributes").path("genkit:state").asText());
    assertTrue(root.path("attributes").path("genkit:output").asText().contains("Garden Salad"), trace.toString());
  }

  private static String telemetryServer() throws IOException {
    Matcher url = TELEMETRY.matcher(read(startLog));
    assertTrue(url.find(), read(startLog));
    return url.group(1);
  }

  /** Runs the CLI to completion in the project folder and returns what it printed. */
  private static String genkit(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(GENKIT.toString()));
    command.addAll(List.of(arguments));
    command.addAll(quiet());
    Process process = process(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(90, TimeUnit.SECONDS), out);
    return out;
  }

  private static ProcessBuilder process(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("GENKIT_"));
    env.put("XDG_CONFIG_HOME", project.resolve("config").toString());
    env.put("GENKIT_CLI_DISABLE_UPDATE_NOTIFICATIONS", "true");
    return builder;
  }

  private static List<String> quiet() {
    return List.of("--non-interactive", "--no-update-notification");
  }

  private static String after(String out, String marker) {
    String rest = out.substring(out.indexOf(marker) + marker.length());
    return rest.substring(0, rest.indexOf("Trace ID:")).strip();
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static boolean hasRuntimeFile(Path runtimes) throws IOException {
    if (!Files.isDirectory(runtimes)) {
      return false;
    }
    try (Stream<Path> files = Files.list(runtimes)) {
      return files.anyMatch(file -> file.toString().endsWith(".json"));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
