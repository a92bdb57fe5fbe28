package dev.flowdef.bench.compare;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The four servers, in the order runs alternate: the menu server as shipped (its launcher, {@code examples/menu/menu},
 * with the benchmark's streaming flow added to its class path), Genkit JS in production mode, the Spring Boot service
 * with the JVM's defaults, and the bare handler on Flowdef's engine with the launcher's JVM options (its
 * {@code jvm.options}, its logging configuration, and the C heap's trimming where the JDK has it).
 */
final class Lineup {
  static final List<String> NAMES = List.of("Flowdef", "Genkit JS", "Spring Boot", "ceiling (bare handler)");

  private Lineup() {}

  static List<Server> create(Path root, Path javaHome, Path logs) throws IOException {
    String java = javaHome.resolve("bin/java").toString();
    List<String> launcherOptions = launcherOptions(root.resolve("examples/menu/jvm.options"));
    Path menu = root.resolve("examples/menu/target");
    Path bench = root.resolve("bench/servers/target/bench-servers.jar");
    Path spring = root.resolve("bench/spring/target");

    List<String> ceiling = new ArrayList<>(List.of(java));
    ceiling.addAll(launcherOptions);
    ceiling.addAll(heapTrimming(java));
    ceiling.add("-Djava.util.logging.config.file=" + root.resolve("examples/menu/logging.properties"));
    ceiling.addAll(List.of("-cp", bench + File.pathSeparator + jars(menu.resolve("lib")),
        "dev.flowdef.runtime.http.BareServer", "3504"));

    return List.of(
        new Server(NAMES.get(0), 3501, List.of(root.resolve("examples/menu/menu").toString()),
            Map.of("PORT", "3501", "JAVA_HOME", javaHome.toString(), "MENU_CLASSPATH", bench.toString()),
            logs.resolve("flowdef.log")),
        new Server(NAMES.get(1), 3502, List.of("node", root.resolve("bench/genkit-js/server.mjs").toString()),
            Map.of("PORT", "3502", "NODE_ENV", "production"), logs.resolve("genkit.log")),
        new Server(NAMES.get(2), 3503, List.of(java, "-cp", spring.resolve("bench-spring.jar") + File.pathSeparator
            + jars(spring.resolve("lib")), "dev.flowdef.bench.spring.SpringFlows", "--server.port=3503",
            "--server.address=127.0.0.1"), Map.of(), logs.resolve("spring.log")),
        new Server(NAMES.get(3), 3504, ceiling, Map.of(), logs.resolve("ceiling.log")));
  }

  /** The launcher's {@code jvm.options}, read as the launcher reads it: lines starting with # are comments. */
  private static List<String> launcherOptions(Path file) throws IOException {
    List<String> options = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        options.addAll(List.of(line.strip().split("\\s+")));
      }
    }
    return options;
  }

  /** The launcher's C-heap trimming flags, if this JVM accepts them (JDK 17.0.10+, 21.0.1+, 22+), as it does. */
  private static List<String> heapTrimming(String java) throws IOException {
    List<String> flags = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
    List<String> probe = new ArrayList<>(List.of(java));
    probe.addAll(flags);
    probe.add("-version");
    try {
      Process process = new ProcessBuilder(probe).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor() == 0 ? flags : List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while asking " + java + " for its flags", e);
    }
  }

  private static String jars(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return String.join(File.pathSeparator, files.map(Path::toString).filter(f -> f.endsWith(".jar")).sorted()
          .toList());
    }
  }
}
