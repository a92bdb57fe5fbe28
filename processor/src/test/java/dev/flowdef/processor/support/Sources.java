package dev.flowdef.processor.support;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.flowdef.processor.FlowProcessor;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources in package {@code test}, with the imports a flow class usually needs already written. */
public final class Sources {
  private static final List<String> HEADER =
      List.of(
          "package test;",
          "",
          "import dev.flowdef.FlowDef;",
          "import dev.flowdef.runtime.FlowContext;",
          "import java.util.List;",
          "import java.util.Map;",
          "import java.util.Set;",
          "import java.util.concurrent.CompletableFuture;",
          "import java.util.concurrent.CompletionStage;",
          "");

  private Sources() {}

  /** Compiles {@code sources} with the processor and javac's default options. */
  public static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new FlowProcessor()).compile(sources);
  }

  /** The source of {@code test.<simpleName>}: the header, then {@code lines}. */
  public static JavaFileObject flowSource(String simpleName, String... lines) {
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + simpleName, all);
  }
}
