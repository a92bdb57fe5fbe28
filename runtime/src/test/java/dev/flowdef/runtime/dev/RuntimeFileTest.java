package dev.flowdef.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The file through which the Genkit CLI finds the runtime (protocol 3.3), and where it is written. */
@Timeout(30)
class RuntimeFileTest {
  @TempDir Path temp;
  private Reflection reflection;

  @AfterEach
  void stop() {
    if (reflection != null) {
      reflection.close();
    }
  }

  private static Path directory(Path path, String... files) throws IOException {
    Files.createDirectories(path);
    for (String file : files) {
      Files.writeString(path.resolve(file), file.equals("pom.xml") ? "<project/>\n" : "{}\n");
    }
    return path;
  }

  private static Path aggregator(Path path, String... modules) throws IOException {
    StringBuilder pom = new StringBuilder("<project>\n  <modules>\n");
    for (String module : modules) {
      pom.append("    <module>").append(module).append("</module>\n");
    }
    Files.createDirectories(path);
    Files.writeString(path.resolve("pom.xml"), pom.append("  </modules>\n</project>\n"));
    return path;
  }

  private static List<String> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void devModeWritesOneCompleteRuntimeFileUnderTheProjectRoot() throws Exception {
    Path project = directory(temp.resolve("app"), "pom.xml");
    long before = System.currentTimeMillis();
    reflection = Reflection.start(project, Map.of());
    long after = System.currentTimeMillis();

    long pid = ProcessHandle.current().pid();
    int port = reflection.dev.reflectionPort();
    Path runtimes = project.resolve(".genkit/runtimes");
    List<String> names = list(runtimes);
    assertEquals(1, names.size(), "no temporary file left in runtimes/: " + names);
    String prefix = pid + "-" + port + "-";
    assertTrue(names.get(0).startsWith(prefix) && names.get(0).endsWith(".json"), names.get(0));
    long millis = Long.parseLong(names.get(0).substring(prefix.length(), names.get(0).length() - 5));
    assertTrue(millis >= before && millis <= after, "epoch millis of the start: " + millis);
    assertEquals(List.of("runtimes"), list(project.resolve(".genkit")), "the temporary file was moved, not left");
    assertEquals(List.of(runtimes.resolve(names.get(0))), reflection.dev.runtimeFiles());

    JsonNode file = Reflection.JSON.readTree(runtimes.resolve(names.get(0)).toFile());
    assertEquals(pid + "-" + port, file.path("id").asText());
    assertEquals(pid, file.path("pid").asLong());
    assertTrue(file.path("pid").isNumber());
    assertEquals("http://127.0.0.1:" + port, file.path("reflectionServerUrl").asText());
    Instant timestamp = Instant.parse(file.path("timestamp").asText());
    assertTrue(!timestamp.isBefore(Instant.ofEpochMilli(before)) && !timestamp.isAfter(Instant.ofEpochMilli(after)));
    assertTrue(file.path("genkitVersion").asText().startsWith("java/"), file.path("genkitVersion").asText());
    assertEquals(1, file.path("reflectionApiSpecVersion").asInt());
    assertTrue(file.path("reflectionApiSpecVersion").isInt());
    assertEquals(List.of(), ReflectionServerTest.nullsIn(file, "$"));
  }

  @Test
  void theCliCanHealthCheckTheRuntimeThroughTheFilesUrlAndId() throws Exception {
    reflection = Reflection.start(directory(temp.resolve("app"), "pom.xml"), Map.of());
    JsonNode file = Reflection.JSON.readTree(reflection.dev.runtimeFiles().get(0).toFile());

    // What the CLI's RuntimeManager does with each new file (protocol 3.4).
    HttpResponse<String> health = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create(file.path("reflectionServerUrl").asText() + "/api/__health?id="
            + file.path("id").asText())).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(200, health.statusCode());
  }

  @Test
  void closeDeletesTheRuntimeFile() throws Exception {
    reflection = Reflection.start(directory(temp.resolve("app"), "pom.xml"), Map.of());
    Path file = reflection.dev.runtimeFiles().get(0);
    assertTrue(Files.exists(file));

    reflection.close();
    reflection = null;

    assertFalse(Files.exists(file));
  }

  @Test
  void aModuleOfAMultiModuleBuildWritesAtTheModuleAndAtTheTopAndCloseDeletesBoth() throws Exception {
    Path top = aggregator(temp.resolve("shop"), "api", "web");
    Path module = directory(top.resolve("api"), "pom.xml");
    reflection = Reflection.start(module, Map.of());

    List<Path> files = reflection.dev.runtimeFiles();
    assertEquals(2, files.size(), files.toString());
    assertEquals(module.resolve(".genkit/runtimes"), files.get(0).getParent());
    assertEquals(top.resolve(".genkit/runtimes"), files.get(1).getParent());
    assertEquals(Files.readString(files.get(0)), Files.readString(files.get(1)));

    reflection.close();
    reflection = null;
    assertFalse(Files.exists(files.get(0)) || Files.exists(files.get(1)));
  }

  @Test
  void theProjectRootIsTheNearestFolderUpwardWithAMarker() throws IOException {
    Path app = directory(temp.resolve("app"), "pom.xml");
    Path source = directory(app.resolve("src/main/java"));
    directory(source, "build.gradle.kts", "settings.gradle"); // not markers for the CLI either

    assertEquals(List.of(app), List.copyOf(RuntimeFile.projectRoots(source)));
  }

  @Test
  void everyMarkerOfTheCliCounts() throws IOException {
    for (String marker : RuntimeFile.ROOT_MARKERS) {
      Path project = directory(temp.resolve("by-" + marker), marker);
      Path nested = directory(project.resolve("lib"));

      assertEquals(List.of(project), List.copyOf(RuntimeFile.projectRoots(nested)), marker);
    }
  }

  @Test
  void aModuleThatItsParentListsAddsTheTopOfTheBuild() throws IOException {
    Path top = aggregator(temp.resolve("shop"), "api");
    Path module = directory(top.resolve("api"), "pom.xml");

    assertEquals(List.of(module, top), List.copyOf(RuntimeFile.projectRoots(module.resolve("src"))));
  }

  @Test
  void nestedAggregatorsLeadToTheOutermostTop() throws IOException {
    Path top = aggregator(temp.resolve("shop"), "services");
    Path services = aggregator(top.resolve("services"), "api");
    Path module = directory(services.resolve("api"), "pom.xml");

    assertEquals(List.of(module, top), List.copyOf(RuntimeFile.projectRoots(module)));
  }

  @Test
  void aModuleListedByItsPathFromTheTopAddsTheTop() throws IOException {
    Path top = aggregator(temp.resolve("shop"), "services/api");
    Path module = directory(top.resolve("services/api"), "pom.xml"); // services/ has no pom.xml

    assertEquals(List.of(module, top), List.copyOf(RuntimeFile.projectRoots(module)));
  }

  @Test
  void aFolderWithAPomThatItsParentDoesNotListIsItsOwnTop() throws IOException {
    Path top = aggregator(temp.resolve("shop"), "web", "other/api");
    Path module = directory(top.resolve("api"), "pom.xml");

    assertEquals(List.of(module), List.copyOf(RuntimeFile.projectRoots(module)));
  }

  @Test
  void withoutAMarkerUpToTheFileSystemRootTheWorkingDirectoryIsTheRoot() throws IOException {
    Path start = directory(temp.resolve("no-marker/deeper"));
    // Folders above the temporary directory are not ours: /tmp has no marker, but / might.
    Optional<Path> markedAbove =
        Stream.iterate(temp, path -> path != null, Path::getParent)
            .filter(path -> RuntimeFile.ROOT_MARKERS.stream().anyMatch(m -> Files.exists(path.resolve(m))))
            .findFirst();

    Path first = RuntimeFile.projectRoots(start).iterator().next();

    assertEquals(markedAbove.orElse(start), first);
  }
}
