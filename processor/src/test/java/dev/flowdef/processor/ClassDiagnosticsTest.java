package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.flowdef.processor.support.Sources.compile;
import static dev.flowdef.processor.support.Sources.flowSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics on the class that declares flows, and on types javac cannot resolve. */
class ClassDiagnosticsTest {

  // --- the declaring class ---

  @Test
  void flowInAPrivateNestedClassIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Outer",
            "class Outer {",
            "  private static class Hidden {",
            "    @FlowDef",
            "    static String hello() {",
            "      return \"hi\";",
            "    }",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-PRIVATE-CLASS]")
        .inFile(source)
        .onLineContaining("static String hello()");
    assertThat(compilation)
        .hadErrorContaining("is declared in test.Outer.Hidden, which is private")
        .inFile(source)
        .onLineContaining("static String hello()");
    assertThat(compilation)
        .hadErrorContaining("make the class package-private or public")
        .inFile(source)
        .onLineContaining("static String hello()");
  }

  @Test
  void instanceMethodInAnAbstractClassIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Base",
            "abstract class Base {",
            "  @FlowDef",
            "  String hello() {",
            "    return \"hi\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-NOT-INSTANTIABLE]")
        .inFile(source)
        .onLineContaining("String hello()");
    assertThat(compilation)
        .hadErrorContaining("test.Base is abstract, so the binding cannot create it")
        .inFile(source)
        .onLineContaining("String hello()");
    assertThat(compilation)
        .hadErrorContaining("make the method static")
        .inFile(source)
        .onLineContaining("String hello()");
  }

  @Test
  void defaultMethodInAnInterfaceIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Greeter",
            "interface Greeter {",
            "  @FlowDef",
            "  default String hello() {",
            "    return \"hi\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-NOT-INSTANTIABLE]")
        .inFile(source)
        .onLineContaining("default String hello()");
    assertThat(compilation)
        .hadErrorContaining("test.Greeter is an interface")
        .inFile(source)
        .onLineContaining("default String hello()");
  }

  @Test
  void instanceMethodInAnEnumIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Mode",
            "enum Mode {",
            "  ON;",
            "",
            "  @FlowDef",
            "  String hello() {",
            "    return \"hi\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-NOT-INSTANTIABLE]")
        .inFile(source)
        .onLineContaining("String hello()");
    assertThat(compilation)
        .hadErrorContaining("test.Mode is an enum")
        .inFile(source)
        .onLineContaining("String hello()");
  }

  @Test
  void instanceMethodInAnInnerClassIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Outer",
            "class Outer {",
            "  class Inner {",
            "    @FlowDef",
            "    String hello() {",
            "      return \"hi\";",
            "    }",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-NOT-INSTANTIABLE]")
        .inFile(source)
        .onLineContaining("String hello()");
    assertThat(compilation)
        .hadErrorContaining("test.Outer.Inner is an inner class, which needs an enclosing instance; declare it static")
        .inFile(source)
        .onLineContaining("String hello()");
  }

  @Test
  void instanceMethodInAClassWithOnlyPrivateConstructorsIsRejectedOnTheMethod() {
    JavaFileObject source =
        flowSource("Singleton",
            "class Singleton {",
            "  private Singleton() {}",
            "",
            "  @FlowDef",
            "  String hello() {",
            "    return \"hi\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-NOT-INSTANTIABLE]")
        .inFile(source)
        .onLineContaining("String hello()");
    assertThat(compilation)
        .hadErrorContaining("every constructor of test.Singleton is private")
        .inFile(source)
        .onLineContaining("String hello()");
  }

  // --- unresolved types ---

  @Test
  void unresolvedParameterTypeIsReportedOnTheMethodAlongsideJavacsError() {
    JavaFileObject source =
        flowSource("Greetings",
            "class Greetings {",
            "  @FlowDef",
            "  static String hello(MissingInput input) {",
            "    return \"hi\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(source)
        .onLineContaining("static String hello(MissingInput input)");
    // javac's error is deferred while processing runs; the processor defers the class to the next round in case
    // another processor generates the type, and since none does, reports it in the last round: both errors remain
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-UNRESOLVED-TYPE] Flow method 'hello' uses type MissingInput")
        .inFile(source)
        .onLineContaining("static String hello(MissingInput input)");
    assertThat(compilation)
        .hadErrorContaining("if another annotation processor generates it, make sure it runs")
        .inFile(source)
        .onLineContaining("static String hello(MissingInput input)");
  }

  @Test
  void unresolvedTypeDoesNotHideTheOtherErrorsOfItsClass() {
    JavaFileObject source =
        flowSource("Mixed",
            "class Mixed {",
            "  @FlowDef",
            "  static String hello(MissingInput input) {",
            "    return \"hi\";",
            "  }",
            "",
            "  @FlowDef",
            "  private static String hidden() {",
            "    return \"hi\";",
            "  }",
            "",
            "  @FlowDef",
            "  static String fine() {",
            "    return \"fine\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-UNRESOLVED-TYPE]")
        .inFile(source)
        .onLineContaining("static String hello(MissingInput input)");
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-PRIVATE-METHOD]")
        .inFile(source)
        .onLineContaining("private static String hidden()");
    // javac's 'cannot find symbol' and our two: nothing about the valid flow
    assertThat(compilation).hadErrorCount(3);
  }
}
