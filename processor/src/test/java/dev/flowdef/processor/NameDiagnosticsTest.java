package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.flowdef.processor.support.Sources.compile;
import static dev.flowdef.processor.support.Sources.flowSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics on flow names: URL path segments, unique in a compilation. */
class NameDiagnosticsTest {

  @Test
  void flowNameWithASpaceIsRejectedOnTheNameValue() {
    JavaFileObject source =
        flowSource("Menu",
            "class Menu {",
            "  @FlowDef(",
            "      name = \"menu suggestion\")",
            "  static String suggest() {",
            "    return \"soup\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-FLOW-NAME]")
        .inFile(source)
        .onLineContaining("name = \"menu suggestion\"");
    assertThat(compilation)
        .hadErrorContaining("Flow name 'menu suggestion' is not a valid URL path segment")
        .inFile(source)
        .onLineContaining("name = \"menu suggestion\"");
    assertThat(compilation)
        .hadErrorContaining("for example @FlowDef(name = \"menuSuggestion\")")
        .inFile(source)
        .onLineContaining("name = \"menu suggestion\"");
  }

  @Test
  void flowNameStartingWithADigitIsRejectedOnTheNameValue() {
    JavaFileObject source =
        flowSource("Menu",
            "class Menu {",
            "  @FlowDef(",
            "      description = \"Suggests a dish.\",",
            "      name = \"1abc\")",
            "  static String suggest() {",
            "    return \"soup\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-FLOW-NAME]")
        .inFile(source)
        .onLineContaining("name = \"1abc\"");
  }

  @Test
  void methodNameStartingWithAnUnderscoreIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Menu",
            "class Menu {",
            "  @FlowDef",
            "  static String _flow() {",
            "    return \"soup\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-FLOW-NAME] Flow name '_flow'")
        .inFile(source)
        .onLineContaining("static String _flow()");
  }

  @Test
  void methodNameWithADollarSignIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Menu",
            "class Menu {",
            "  @FlowDef",
            "  static String flow$x() {",
            "    return \"soup\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-FLOW-NAME] Flow name 'flow$x'")
        .inFile(source)
        .onLineContaining("static String flow$x()");
  }

  @Test
  void duplicateNameAcrossTwoClassesIsReportedOnTheLaterOne() {
    JavaFileObject first =
        flowSource("First",
            "class First {",
            "  @FlowDef",
            "  static String hello() {",
            "    return \"hi\";",
            "  }",
            "}");
    JavaFileObject second =
        flowSource("Second",
            "class Second {",
            "  @FlowDef(",
            "      name = \"hello\")",
            "  static String greet() {",
            "    return \"hey\";",
            "  }",
            "}");
    Compilation compilation = compile(first, second);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-DUPLICATE-NAME]")
        .inFile(second)
        .onLineContaining("name = \"hello\"");
    assertThat(compilation)
        .hadErrorContaining("Flow name 'hello' is already used by test.First.hello")
        .inFile(second)
        .onLineContaining("name = \"hello\"");
    assertThat(compilation)
        .hadErrorContaining("rename one of them with @FlowDef(name = \"...\")")
        .inFile(second)
        .onLineContaining("name = \"hello\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateNameWithinOneClassIsReportedOnTheLaterFlow() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  static String hello() {",
            "    return \"hi\";",
            "  }",
            "",
            "  @FlowDef(name = \"hello\")",
            "  static String greet() {",
            "    return \"hey\";",
            "  }",
            "",
            "  @FlowDef // an overload: same default name",
            "  static String hello(String name) {",
            "    return \"hi \" + name;",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-DUPLICATE-NAME] Flow name 'hello' is already used by test.Greetings.hello")
        .inFile(source)
        .onLineContaining("@FlowDef(name = \"hello\")");
    // without a name value, the error points at the annotation
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-DUPLICATE-NAME]")
        .inFile(source)
        .onLineContaining("@FlowDef // an overload");
    assertThat(compilation).hadErrorCount(2);
  }
}
