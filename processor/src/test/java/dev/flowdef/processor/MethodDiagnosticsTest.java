package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.flowdef.processor.support.Sources.compile;
import static dev.flowdef.processor.support.Sources.flowSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics on the flow method itself and its parameters. */
class MethodDiagnosticsTest {

  // --- the method itself ---

  @Test
  void privateMethodIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  private static String hello(String name) {",
            "    return \"Hello, \" + name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-PRIVATE-METHOD]")
        .inFile(source)
        .onLineContaining("private static String hello(");
    assertThat(compilation)
        .hadErrorContaining("Flow method 'hello' is private, so the generated binding cannot call it; "
            + "make it package-private or public")
        .inFile(source)
        .onLineContaining("private static String hello(");
  }

  @Test
  void abstractMethodIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Greetings",
            "abstract class Greetings {",
            "  @FlowDef",
            "  abstract String hello(String name);",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-ABSTRACT-METHOD]")
        .inFile(source)
        .onLineContaining("abstract String hello(");
    assertThat(compilation)
        .hadErrorContaining("put @FlowDef on the implementing method")
        .inFile(source)
        .onLineContaining("abstract String hello(");
  }

  @Test
  void genericMethodIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Echo",
            "class Echo {",
            "  @FlowDef",
            "  static <T> T echo(",
            "      T input) {",
            "    return input;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-GENERIC-METHOD]")
        .inFile(source)
        .onLineContaining("static <T> T echo(");
    // the type variable is also reported as an input type, on the parameter
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-TYPE-VARIABLE]")
        .inFile(source)
        .onLineContaining("T input");
    assertThat(compilation)
        .hadErrorContaining("has the type variable T")
        .inFile(source)
        .onLineContaining("T input");
  }

  // --- parameters ---

  @Test
  void tooManyParametersIsReportedOnTheThirdParameter() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  static String hello(",
            "      String name,",
            "      FlowContext<Void> ctx,",
            "      String greeting) {",
            "    return greeting + name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-TOO-MANY-PARAMETERS]")
        .inFile(source)
        .onLineContaining("String greeting)");
    assertThat(compilation)
        .hadErrorContaining("takes 3 parameters")
        .inFile(source)
        .onLineContaining("String greeting)");
    assertThat(compilation)
        .hadErrorContaining("wrap the inputs in one record: record HelloInput(...)")
        .inFile(source)
        .onLineContaining("String greeting)");
  }

  @Test
  void secondParameterThatIsNotAFlowContextIsRejectedOnThatParameter() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  static String hello(",
            "      String name,",
            "      String greeting) {",
            "    return greeting + name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-CONTEXT-PARAMETER]")
        .inFile(source)
        .onLineContaining("String greeting)");
    assertThat(compilation)
        .hadErrorContaining("declare it as FlowContext<C>")
        .inFile(source)
        .onLineContaining("String greeting)");
  }

  @Test
  void flowContextBeforeTheInputIsRejectedOnBothParameters() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  static String hello(",
            "      FlowContext<Void> ctx,",
            "      String name) {",
            "    return name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-CONTEXT-PARAMETER]")
        .inFile(source)
        .onLineContaining("String name)");
    assertThat(compilation)
        .hadErrorContaining("a FlowContext is the second parameter; the first is the input")
        .inFile(source)
        .onLineContaining("FlowContext<Void> ctx,");
  }

  @Test
  void rawFlowContextIsRejectedOnTheParameter() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  @SuppressWarnings(\"rawtypes\")",
            "  static String hello(",
            "      String name,",
            "      FlowContext ctx) {",
            "    return name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-CONTEXT-TYPE]")
        .inFile(source)
        .onLineContaining("FlowContext ctx)");
    assertThat(compilation)
        .hadErrorContaining("or FlowContext<Void> if the flow does not stream")
        .inFile(source)
        .onLineContaining("FlowContext ctx)");
  }

  @Test
  void wildcardFlowContextIsRejectedOnTheParameter() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  static String hello(",
            "      FlowContext<?> ctx) {",
            "    return \"hi\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-CONTEXT-TYPE]")
        .inFile(source)
        .onLineContaining("FlowContext<?> ctx)");
  }
}
