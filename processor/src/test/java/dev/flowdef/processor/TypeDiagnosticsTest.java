package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.flowdef.processor.support.Sources.compile;
import static dev.flowdef.processor.support.Sources.flowSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Types Flowdef cannot use in a flow's signature: reported on the input parameter, on the method for the output, on
 * the context parameter for the chunks. The same types inside records are in {@link UnsupportedTypeDiagnosticsTest}.
 */
class TypeDiagnosticsTest {

  // --- input types ---

  @Test
  void objectInputIsRejectedOnTheParameter() {
    JavaFileObject source = inputOfType("Object");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-UNTYPED]")
        .inFile(source)
        .onLineContaining("Object input)");
    assertThat(compilation)
        .hadErrorContaining("The input of flow method 'accept' has type java.lang.Object, which has no JSON shape "
            + "known at compile time")
        .inFile(source)
        .onLineContaining("Object input)");
  }

  @Test
  void rawListInputIsRejectedOnTheParameter() {
    JavaFileObject source = inputOfType("@SuppressWarnings(\"rawtypes\") List");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-RAW-TYPE]")
        .inFile(source)
        .onLineContaining("List input)");
    assertThat(compilation)
        .hadErrorContaining("has the raw type java.util.List, whose type arguments are unknown; give its type arguments, for example List<String>")
        .inFile(source)
        .onLineContaining("List input)");
  }

  @Test
  void wildcardListInputIsRejectedOnTheParameter() {
    JavaFileObject source = inputOfType("List<?>");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-WILDCARD]")
        .inFile(source)
        .onLineContaining("List<?> input)");
    assertThat(compilation)
        .hadErrorContaining("whose wildcard leaves its JSON shape open")
        .inFile(source)
        .onLineContaining("List<?> input)");
  }

  @Test
  void mapWithIntegerKeysInputIsRejectedOnTheParameter() {
    JavaFileObject source = inputOfType("Map<Integer, String>");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-MAP-KEY]")
        .inFile(source)
        .onLineContaining("Map<Integer, String> input)");
    assertThat(compilation)
        .hadErrorContaining("whose keys are java.lang.Integer; a JSON object's keys are strings")
        .inFile(source)
        .onLineContaining("Map<Integer, String> input)");
  }

  @Test
  void plainClassInputIsRejectedOnTheParameter() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  static class Person {",
            "    String name;",
            "  }",
            "",
            "  @FlowDef",
            "  static String hello(",
            "      Person input) {",
            "    return input.name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-NOT-A-RECORD]")
        .inFile(source)
        .onLineContaining("Person input)");
    assertThat(compilation)
        .hadErrorContaining("test.Greetings.Person, which is neither a record nor a JSON value type")
        .inFile(source)
        .onLineContaining("Person input)");
  }

  /** A class whose one flow takes an input of {@code type}, declared alone on the line {@code <type> input)}. */
  private static JavaFileObject inputOfType(String type) {
    return flowSource("Inputs",
        "class Inputs {",
        "  @FlowDef",
        "  static String accept(",
        "      " + type + " input) {",
        "    return String.valueOf(input);",
        "  }",
        "}");
  }

  // --- output and chunk types ---

  @Test
  void objectOutputIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Outputs",
            "class Outputs {",
            "  @FlowDef",
            "  static Object anything(String name) {",
            "    return name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-UNTYPED]")
        .inFile(source)
        .onLineContaining("static Object anything(");
    assertThat(compilation)
        .hadErrorContaining("The output of flow method 'anything' has type java.lang.Object")
        .inFile(source)
        .onLineContaining("static Object anything(");
  }

  @Test
  void rawCompletionStageOutputIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Outputs",
            "class Outputs {",
            "  @FlowDef",
            "  @SuppressWarnings(\"rawtypes\")",
            "  static CompletionStage later(String name) {",
            "    return CompletableFuture.completedFuture(name);",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-OUTPUT-TYPE]")
        .inFile(source)
        .onLineContaining("static CompletionStage later(");
    assertThat(compilation)
        .hadErrorContaining("a CompletionStage needs its value type")
        .inFile(source)
        .onLineContaining("static CompletionStage later(");
  }

  @Test
  void wildcardCompletionStageOutputIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Outputs",
            "class Outputs {",
            "  @FlowDef",
            "  static CompletionStage<?> later(String name) {",
            "    return CompletableFuture.completedFuture(name);",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-OUTPUT-TYPE]")
        .inFile(source)
        .onLineContaining("static CompletionStage<?> later(");
  }

  @Test
  void objectChunkTypeIsRejectedOnTheContextParameter() {
    JavaFileObject source =
        flowSource("Chunks",
            "class Chunks {",
            "  @FlowDef",
            "  static String stream(",
            "      String name,",
            "      FlowContext<Object> ctx) {",
            "    ctx.sendChunk(name);",
            "    return name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-UNTYPED]")
        .inFile(source)
        .onLineContaining("FlowContext<Object> ctx)");
    assertThat(compilation)
        .hadErrorContaining("Each chunk of flow method 'stream' has type java.lang.Object")
        .inFile(source)
        .onLineContaining("FlowContext<Object> ctx)");
  }

  @Test
  void plainClassChunkTypeIsRejectedOnTheContextParameter() {
    JavaFileObject source =
        flowSource("Chunks",
            "class Chunks {",
            "  @FlowDef",
            "  static String stream(",
            "      String name,",
            "      FlowContext<StringBuilder> ctx) {",
            "    return name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-NOT-A-RECORD] Each chunk of flow method 'stream' has type "
            + "java.lang.StringBuilder")
        .inFile(source)
        .onLineContaining("FlowContext<StringBuilder> ctx)");
  }
}
