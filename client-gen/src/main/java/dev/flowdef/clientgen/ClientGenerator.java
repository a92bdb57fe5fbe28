package dev.flowdef.clientgen;

import com.palantir.javapoet.JavaFile;
import dev.flowdef.clientgen.java.JavaClientGenerator;
import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.typescript.TypeScriptGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the clients of a manifest to folders, as the command line and the Maven plugin do: Java sources under a
 * source root, and one TypeScript module. Either may be left out.
 */
public final class ClientGenerator {
  private ClientGenerator() {}

  /**
   * Writes the Java client {@code packageName.clientName} and its types under {@code javaRoot}.
   *
   * @return the files written
   */
  public static List<Path> writeJava(Manifest manifest, String packageName, String clientName, Path javaRoot)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (JavaFile file : JavaClientGenerator.fromManifest(manifest, packageName, clientName)) {
      written.add(file.writeToPath(javaRoot, StandardCharsets.UTF_8));
    }
    return written;
  }

  /** Writes the TypeScript module to {@code file}, its client interface named {@code clientName}. */
  public static Path writeTypeScript(Manifest manifest, String clientName, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.writeString(file, TypeScriptGenerator.generate(manifest, clientName), StandardCharsets.UTF_8);
  }

  /** A TypeScript module's file name for a client: {@code MenuFlowsClient} gives {@code menu-flows-client.ts}. */
  public static String typeScriptFileName(String clientName) {
    return clientName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + ".ts";
  }
}
