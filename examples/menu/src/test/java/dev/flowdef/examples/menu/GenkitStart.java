package dev.flowdef.examples.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The official Genkit CLI (npm {@code genkit-cli}, pinned in {@code interop/genkit-cli}) running the menu app under
 * {@code genkit start}, in a project folder of its own, with its configuration kept there and quiet.
 */
final class GenkitStart implements AutoCloseable {
  static final Path GENKIT = Path.of("../../interop/genkit-cli/node_modules/.bin/genkit").toAbsolutePath();
  private static final Pattern TELEMETRY = Pattern.compile("Telemetry API running on (http://\\S+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Path project;
  private final Process process;
  private final Path log;

  private GenkitStart(Path project, Process process, Path log) {
    this.project = project;
    this.process = process;
    this.log = log;
  }

  /** {@code genkit start [--noui] -- java ... MenuApp}, once the app's runtime file is there. */
  static GenkitStart start(Path project, boolean ui) throws Exception {
    assertTrue(Files.isExecutable(GENKIT), "run `npm ci` in interop/genkit-cli (mvn verify does): " + GENKIT);
    Files.writeString(project.resolve("package.json"), "{}"); // the CLI's project root: .genkit/ goes here
    run(project, "config", "set", "analyticsOptOut", "true");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(GENKIT.toString(), "start"));
    if (!ui) {
      command.add("--noui");
    }
    command.addAll(quiet());
    command.addAll(List.of("--", java, "-cp", System.getProperty("java.class.path"), MenuApp.class.getName()));
    Path log = project.resolve("start.log");
    Process process = builder(project, command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    GenkitStart started = new GenkitStart(project, process, log);
    for (int i = 0; i < 600 && !started.hasRuntimeFile(); i++) {
      assertTrue(process.isAlive(), () -> "genkit start exited: " + started.log());
      Thread.sleep(100);
    }
    assertTrue(started.hasRuntimeFile(), () -> "no runtime file after 60 s: " + started.log());
    return started;
  }

  /** Runs a CLI command to completion in the project folder and returns what it printed. */
  String genkit(String... arguments) throws Exception {
    return run(project, arguments);
  }

  /** The telemetry server {@code genkit start} runs, from its log. */
  String telemetryServer() {
    Matcher url = TELEMETRY.matcher(log());
    assertTrue(url.find(), log());
    return url.group(1);
  }

  /** The tools server the Developer UI talks to, from the file the CLI writes for it, once it is there. */
  Optional<String> toolsServer() throws Exception {
    Path servers = project.resolve(".genkit/servers");
    for (int i = 0; i < 300; i++) {
      if (Files.isDirectory(servers)) {
        try (Stream<Path> files = Files.list(servers)) {
          Optional<Path> file = files.filter(f -> f.getFileName().toString().startsWith("tools-")).findFirst();
          if (file.isPresent()) {
            return Optional.of(Json.read(Files.readString(file.get())).path("url").asText());
          }
        }
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response;
  }

  private boolean hasRuntimeFile() throws IOException {
    Path runtimes = project.resolve(".genkit/runtimes");
    if (!Files.isDirectory(runtimes)) {
      return false;
    }
    try (Stream<Path> files = Files.list(runtimes)) {
      return files.anyMatch(file -> file.toString().endsWith(".json"));
    }
  }

  private static String run(Path project, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(GENKIT.toString()));
    command.addAll(List.of(arguments));
    command.addAll(quiet());
    Process process = builder(project, command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(90, TimeUnit.SECONDS), out);
    return out;
  }

  private static ProcessBuilder builder(Path project, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("GENKIT_"));
    env.put("XDG_CONFIG_HOME", project.resolve("config").toString());
    env.put("GENKIT_CLI_DISABLE_UPDATE_NOTIFICATIONS", "true");
    env.put("PORT", "0"); // the app's flow server: any free port, so test classes never collide
    return builder;
  }

  private static List<String> quiet() {
    return List.of("--non-interactive", "--no-update-notification");
  }
}
