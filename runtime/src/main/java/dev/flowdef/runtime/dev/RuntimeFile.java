package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file through which the Genkit CLI finds this runtime:
 * {@code <project root>/.genkit/runtimes/<pid>-<port>-<ms>.json}.
 * The project root follows the CLI's own rule (the nearest folder upward with {@code pom.xml}, {@code package.json},
 * ...), and, for an app started inside a module of a multi-module Maven build, the build's top folder too, so a CLI
 * started at either place finds it. Each file is moved into place whole, since the CLI reacts to every new file.
 */
final class RuntimeFile {
  static final List<String> ROOT_MARKERS =
      List.of("package.json", "go.mod", "pyproject.toml", "requirements.txt", "pom.xml", "build.gradle");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Path> written = new ArrayList<>();

  /** Writes the file under every project root of {@code workingDirectory}. */
  static RuntimeFile write(Path workingDirectory, String id, long pid, String url, String genkitVersion) {
    RuntimeFile file = new RuntimeFile();
    ObjectNode info = JSON.createObjectNode()
        .put("id", id)
        .put("pid", pid)
        .put("reflectionServerUrl", url)
        .put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
        .put("genkitVersion", genkitVersion)
        .put("reflectionApiSpecVersion", 1);
    String name = pid + "-" + url.replaceAll(".*:", "") + "-" + System.currentTimeMillis() + ".json";
    for (Path root : projectRoots(workingDirectory)) {
      file.written.add(writeAtomically(root.resolve(".genkit"), name, info));
    }
    return file;
  }

  List<Path> paths() {
    return List.copyOf(written);
  }

  /** Removes the files this runtime wrote. */
  void delete() {
    for (Path path : written) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // the CLI removes runtime files whose health check fails
      }
    }
  }

  /** The CLI's project root of {@code start}, then the top of the Maven build it belongs to, if that differs. */
  static Set<Path> projectRoots(Path start) {
    Path directory = start.toAbsolutePath().normalize();
    Path root = directory;
    while (root != null && !hasMarker(root)) {
      root = root.getParent();
    }
    Set<Path> roots = new LinkedHashSet<>();
    if (root == null) {
      roots.add(directory);
      return roots;
    }
    roots.add(root);
    Path top = root;
    // A module is listed by its path from the aggregator ("api", "services/api"); folders between need no pom.xml.
    for (Path parent = root.getParent(); parent != null; parent = parent.getParent()) {
      if (listsModule(parent.resolve("pom.xml"), parent.relativize(top))) {
        top = parent;
      }
    }
    roots.add(top);
    return roots;
  }

  private static boolean hasMarker(Path directory) {
    return ROOT_MARKERS.stream().anyMatch(marker -> Files.exists(directory.resolve(marker)));
  }

  /** Whether {@code pom} aggregates the module at {@code module}, a path relative to the pom's folder. */
  private static boolean listsModule(Path pom, Path module) {
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      String text = Files.readString(pom, StandardCharsets.UTF_8);
      String path = module.toString().replace(File.separatorChar, '/');
      return Pattern.compile("<module>\\s*(?:\\./)?" + Pattern.quote(path) + "/?\\s*</module>").matcher(text).find();
    } catch (IOException e) {
      return false;
    }
  }

  private static Path writeAtomically(Path genkitDirectory, String name, ObjectNode info) {
    try {
      Path runtimes = Files.createDirectories(genkitDirectory.resolve("runtimes"));
      Path temporary = Files.createTempFile(genkitDirectory, "runtime-", ".tmp");
      Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
      Path target = runtimes.resolve(name);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Genkit runtime file under " + genkitDirectory, e);
    }
  }
}
