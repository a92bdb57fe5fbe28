package dev.flowdef.bench.javac;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the processor costs a build: wall time of a fresh {@code javac} process compiling a generated module of 200
 * flows and 400 records with the processor and with {@code -proc:none}, alternated, medians of several runs. The
 * module's compile path is a flow module's: the runtime and what it brings. A third compile, alternated with these,
 * replays the processor's output through {@link ReplayProcessor}, which does no other work: the share that is the
 * output's (javac's extra rounds, compiling the generated code, writing the files), apart from the processor's own. A
 * fourth adds the client library to the compile path, with which the processor also writes the Java clients.
 */
public final class JavacCost {
  private final Path javac;
  private final List<Path> libs;
  private final Path work;

  /** {@code libs}: the runtime's jars and the processor's (from bench/servers/target/lib). */
  public JavacCost(Path javaHome, List<Path> libs, Path work) {
    this.javac = javaHome.resolve("bin/javac");
    this.libs = libs;
    this.work = work;
  }

  /**
   * Measures once from the command line: {@code JavacCost <lib folder> <work folder> [repeats]}, the lib folder being
   * {@code bench/servers/target/lib} after {@code mvn -o -q package -DskipTests -pl bench/servers -am}.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<Path> libs;
    try (Stream<Path> jars = Files.list(Path.of(args[0]))) {
      libs = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Result r = new JavacCost(Path.of(System.getProperty("java.home")), libs, Path.of(args[1])).measure(repeats);
    System.out.printf("javac, %d flows, %d records: %.0f ms without the processor, %.0f ms with (+%.0f%%), %.0f ms"
        + " with its output replayed (+%.0f%%), %.0f ms with the Java clients too (+%.0f%%)%n", r.flows(), r.records(),
        r.withoutMillis(), r.withMillis(), r.added() * 100, r.replayMillis(), r.outputAdded() * 100,
        r.withClientsMillis(), r.clientsAdded() * 100);
  }

  /**
   * Median milliseconds without the processor, with it, with its output replayed, and with it and the client library
   * on the compile path; the processor's share on top in each case.
   */
  public record Result(
      double withoutMillis, double withMillis, double replayMillis, double withClientsMillis, int flows, int records) {
    public double added() {
      return withMillis / withoutMillis - 1;
    }

    public double outputAdded() {
      return replayMillis / withoutMillis - 1;
    }

    public double clientsAdded() {
      return withClientsMillis / withoutMillis - 1;
    }
  }

  public Result measure(int repeats) throws IOException, InterruptedException {
    Path src = work.resolve("javac-module");
    deleteTree(src);
    List<Path> sources = FlowModule.write(src, 20, 10);
    Path argFile = Files.write(src.resolve("sources.txt"), sources.stream().map(Path::toString).toList());
    // The processor with everything it loads (JavaPoet, client-gen, Jackson): simplest as the whole folder.
    String processorPath = join(p -> true);
    // A flow module's compile path: the runtime and what it brings, none of the processor's own jars.
    String classPath = join(p -> !p.startsWith("flowdef-processor") && !p.startsWith("javapoet")
        && !p.startsWith("flowdef-client"));
    String withClientLibrary = classPath + File.pathSeparator + join(p -> p.startsWith("flowdef-client-0"));
    List<String> processor = List.of("-processorpath", processorPath);
    compile(src, argFile, classPath, List.of("-proc:none")); // warms the file cache
    compile(src, argFile, classPath, processor);
    List<String> replay = replayOptions(copyOutput(src.resolve("out"), src.resolve("replay")));
    double[] without = new double[repeats];
    double[] with = new double[repeats];
    double[] replayed = new double[repeats];
    double[] withClients = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      without[i] = compile(src, argFile, classPath, List.of("-proc:none"));
      with[i] = compile(src, argFile, classPath, processor);
      replayed[i] = compile(src, argFile, classPath, replay);
      withClients[i] = compile(src, argFile, withClientLibrary, processor);
    }
    return new Result(median(without), median(with), median(replayed), median(withClients), 200, 400);
  }

  /** Copies what the processor wrote beside the classes (its sources and resources: all but classes) to {@code to}. */
  private static Path copyOutput(Path out, Path to) throws IOException {
    deleteTree(to);
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path file : paths.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".class")).toList()) {
        Path copy = to.resolve(out.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    return to;
  }

  private static List<String> replayOptions(Path output) {
    String location;
    try {
      location = Path.of(ReplayProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.of("-processorpath", location, "-processor", ReplayProcessor.class.getName(),
        "-A" + ReplayProcessor.DIRECTORY + "=" + output);
  }

  private double compile(Path src, Path argFile, String classPath, List<String> processing)
      throws IOException, InterruptedException {
    Path out = src.resolve("out");
    deleteTree(out);
    List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", "17", "-d", out.toString(),
        "-classpath", classPath));
    command.addAll(processing);
    command.add("@" + argFile);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("javac failed:\n" + output);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private String join(java.util.function.Predicate<String> fileName) {
    return libs.stream().filter(p -> fileName.test(p.getFileName().toString())).map(Path::toString)
        .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
