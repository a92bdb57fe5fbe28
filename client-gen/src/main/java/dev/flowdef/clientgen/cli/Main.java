package dev.flowdef.clientgen.cli;

import dev.flowdef.clientgen.ClientGenerator;
import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.manifest.ManifestSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar flowdef-client-gen.jar}: generates clients from a manifest file or a running service, for
 * services that have neither the flow classes nor the processor.
 *
 * <pre>
 * java -jar flowdef-client-gen.jar --manifest http://localhost:3400 \
 *     --java-out src/main/java --package com.example.menu --name MenuClient \
 *     --ts-out web/src/menu-client.ts
 * </pre>
 */
public final class Main {
  static final String USAGE = """
      Usage: java -jar flowdef-client-gen.jar --manifest <file or URL> --name <ClientName>
                 [--java-out <source root> --package <java.package>] [--ts-out <file.ts>]
        --manifest  a flow manifest (flows.json), or the URL of a running service: its manifest is read from
                    /.well-known/flowdef/flows.json at its root, unless the URL names a .json file
        --name      the client's name, for example MenuClient
        --java-out  where to write the Java client and its types (a source root); needs --package
        --ts-out    where to write the TypeScript module
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit code: 0 when done, 1 when it failed, 2 for bad arguments. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
    try {
      Manifest manifest = ManifestSource.read(arguments.manifest());
      List<Path> written = new ArrayList<>();
      if (arguments.javaOut() != null) {
        written.addAll(ClientGenerator.writeJava(manifest, arguments.packageName(), arguments.name(),
            Path.of(arguments.javaOut())));
      }
      if (arguments.tsOut() != null) {
        written.add(ClientGenerator.writeTypeScript(manifest, arguments.name(), Path.of(arguments.tsOut())));
      }
      out.println("Generated " + written.size() + " files for " + manifest.flows().size() + " flows from "
          + arguments.manifest());
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("flowdef-client-gen: " + e.getMessage());
      return 1;
    }
  }

  /** The command's arguments, checked. */
  record Arguments(String manifest, String name, String javaOut, String packageName, String tsOut) {
    static Arguments parse(String[] args) {
      String manifest = null;
      String name = null;
      String javaOut = null;
      String packageName = null;
      String tsOut = null;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Missing the value of " + option);
        }
        String value = args[++i];
        switch (option) {
          case "--manifest" -> manifest = value;
          case "--name" -> name = value;
          case "--java-out" -> javaOut = value;
          case "--package" -> packageName = value;
          case "--ts-out" -> tsOut = value;
          default -> throw new IllegalArgumentException("Unknown option " + option);
        }
      }
      if (manifest == null || name == null) {
        throw new IllegalArgumentException("--manifest and --name are required");
      }
      if (javaOut == null && tsOut == null) {
        throw new IllegalArgumentException("Nothing to generate: give --java-out, --ts-out or both");
      }
      if (javaOut != null && packageName == null) {
        throw new IllegalArgumentException("--java-out needs --package");
      }
      return new Arguments(manifest, name, javaOut, packageName, tsOut);
    }
  }
}
