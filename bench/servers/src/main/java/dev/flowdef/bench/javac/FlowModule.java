package dev.flowdef.bench.javac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the source of a module the size of a real service: {@code classes} classes of {@code flowsPerClass} flows,
 * each flow with its own input and output record (so 200 flows bring 400 records), the records mixing the kinds of
 * components flows use: strings, numbers, lists, optionals, enums and nested records.
 */
final class FlowModule {
  private FlowModule() {}

  /** Writes the sources under {@code dir} and returns their files. */
  static List<Path> write(Path dir, int classes, int flowsPerClass) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("gen/flows"));
    List<Path> files = new ArrayList<>();
    files.add(write(pkg, "Level", "public enum Level { LOW, MEDIUM, HIGH }\n"));
    for (int c = 0; c < classes; c++) {
      StringBuilder flows = new StringBuilder();
      for (int f = 0; f < flowsPerClass; f++) {
        String name = "Flow" + c + "x" + f;
        files.add(write(pkg, name + "Input", """
            /**
             * The input of flow %1$s.
             *
             * @param query what is asked
             * @param limit how many answers at most
             * @param tags labels to filter by
             * @param level how hard to try
             */
            public record %1$sInput(String query, int limit, java.util.List<String> tags, Level level) {}
            """.formatted(name)));
        files.add(write(pkg, name + "Output", """
            /**
             * The output of flow %1$s.
             *
             * @param answers what was found
             * @param score how sure it is
             * @param note a remark, if any
             * @param echo the input it answered
             */
            public record %1$sOutput(java.util.List<String> answers, double score, java.util.Optional<String> note,
                %1$sInput echo) {}
            """.formatted(name)));
        boolean streams = f % 2 == 1;
        flows.append("""

              /** Answers a query of kind %1$s. */
              @FlowDef
              public %1$sOutput flow%2$dx%3$d(%1$sInput input%4$s) {
                %5$sreturn new %1$sOutput(java.util.List.of(input.query()), 1.0, java.util.Optional.empty(), input);
              }
            """.formatted(name, c, f, streams ? ", FlowContext<String> ctx" : "",
                streams ? "ctx.sendChunk(input.query());\n    " : ""));
      }
      files.add(write(pkg, "Flows" + c, """
          import dev.flowdef.FlowDef;
          import dev.flowdef.runtime.FlowContext;

          /** Generated flows, group %d. */
          public class Flows%d {%s}
          """.formatted(c, c, flows)));
    }
    return files;
  }

  private static Path write(Path pkg, String type, String body) throws IOException {
    return Files.writeString(pkg.resolve(type + ".java"), "package gen.flows;\n\n" + body);
  }
}
