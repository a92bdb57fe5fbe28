package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Sources that stress naming and nesting: each compiles, with {@code -Xlint:all -Werror}, to bindings that compile, or
 * to a clear error on the element; never to a compiler crash or to generated code that does not compile.
 */
class UnusualSourcesTest {

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new FlowProcessor()).withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  private static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  @Test
  void deeplyNestedGenericsAndRecursiveRecordsCompile() {
    Compilation compilation = compile(source("shop.Deep",
        "package shop;",
        "import dev.flowdef.FlowDef;",
        "import java.util.List;",
        "import java.util.Map;",
        "public class Deep {",
        "  public record Box<T>(T value) {}",
        "  public record Tree(String name, List<Tree> children) {}",
        "  @FlowDef static Box<List<Map<String, Box<Integer>>>> nest(Box<List<Map<String, Box<Integer>>>> in) {",
        "    return in;",
        "  }",
        "  @FlowDef static Tree grow(Tree seed) { return seed; }",
        "  @FlowDef static Map<String, List<Box<Tree>>> forest(List<Tree> trees) { return Map.of(); }",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.Deep_Flows").contentsAsUtf8String()
        .contains("Types.parameterized(Deep.Box.class, Types.parameterized(List.class, Types.parameterized(Map.class,"
            + " String.class, Types.parameterized(Deep.Box.class, Integer.class))))");
  }

  @Test
  void userTypesNamedLikeTheTypesTheBindingUsesDoNotCapture() {
    // A binding lives in the user's package, where these names would shadow java.lang and the runtime's types.
    Compilation compilation = compile(
        source("clash.String", "package clash;", "public record String(int length) {}"),
        source("clash.Flow", "package clash;", "public record Flow(java.lang.String name) {}"),
        source("clash.List", "package clash;", "public record List(int size) {}"),
        source("clash.Objects", "package clash;", "public record Objects(int count) {}"),
        source("clash.Void", "package clash;", "public record Void(int nothing) {}"),
        source("clash.Integer", "package clash;", "public record Integer(int value) {}"),
        source("clash.Types", "package clash;", "public record Types(int kinds) {}"),
        source("clash.CompletableFuture", "package clash;", "public record CompletableFuture(int later) {}"),
        source("clash.Clashes",
            "package clash;",
            "import dev.flowdef.FlowDef;",
            "public class Clashes {",
            "  @FlowDef Flow named(String input) { return new Flow(\"x\"); }",
            "  @FlowDef java.lang.String plain(java.lang.String input) { return input; }",
            "  @FlowDef java.util.List<java.lang.Integer> counts(List input) { return java.util.List.of(); }",
            "  @FlowDef Objects objects(Types types) { return new Objects(1); }",
            "  @FlowDef CompletableFuture later(Void v) { return new CompletableFuture(1); }",
            "  @FlowDef int square(Integer n) { return n.value() * n.value(); }",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void samePackageTypesShadowingJavaLangAndRuntimeNamesAreQualified() {
    // Only the JDK's and the runtime's types appear in the binding, yet the package's own would win unqualified.
    Compilation compilation = compile(
        source("shadow.String", "package shadow;", "public record String(int length) {}"),
        source("shadow.Void", "package shadow;", "public record Void(int nothing) {}"),
        source("shadow.Flow", "package shadow;", "public record Flow(int steps) {}"),
        source("shadow.Objects", "package shadow;", "public record Objects(int count) {}"),
        source("shadow.Echo",
            "package shadow;",
            "import dev.flowdef.FlowDef;",
            "public class Echo {",
            "  @FlowDef java.lang.String echo(java.lang.String input) { return input; }",
            "  @FlowDef static java.lang.String none() { return \"\"; }",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void flowNamesThatMapToOneConstantGetDistinctConstants() {
    Compilation compilation = compile(source("names.Names",
        "package names;",
        "import dev.flowdef.FlowDef;",
        "public class Names {",
        "  @FlowDef(name = \"flow-name\") static String a(String s) { return s; }",
        "  @FlowDef(name = \"flowName\") static String b(String s) { return s; }",
        "  @FlowDef(name = \"flow_name\") static String c(String s) { return s; }",
        "  @FlowDef(name = \"class\") static String d(String s) { return s; }",
        "  @FlowDef static String flows(String s) { return s; }",
        "  @FlowDef static String target(String s) { return s; }",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("names.Names_Flows").contentsAsUtf8String()
        .contains("FLOW_NAME_3 =\n      new FlowDescriptor<String, String, Void>(");
  }

  @Test
  void nestedAndPackagePrivateClassesGetBindingsNamedAfterTheirNesting() {
    Compilation compilation = compile(source("deep.Outer",
        "package deep;",
        "import dev.flowdef.FlowDef;",
        "class Outer {",
        "  static class Middle {",
        "    static class Inner {",
        "      @FlowDef String hello(String name) { return name; }",
        "    }",
        "  }",
        "  @FlowDef static String top(String name) { return name; }",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("deep.Outer_Middle_Inner_Flows").isNotNull();
    assertThat(compilation).generatedSourceFile("deep.Outer_Flows").isNotNull();
  }

  @Test
  void aClassInTheDefaultPackageGetsItsBindingThere() {
    Compilation compilation = compile(source("Unpackaged",
        "import dev.flowdef.FlowDef;",
        "public class Unpackaged {",
        "  @FlowDef static String hello(String name) { return name; }",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("Unpackaged_Flows").isNotNull();
  }

  @Test
  void nonAsciiIdentifiersWorkAndANonAsciiFlowNameIsAClearError() {
    JavaFileObject kitchen = source("küche.Küche",
        "package küche;",
        "import dev.flowdef.FlowDef;",
        "public class Küche {",
        "  public record Gericht(String näme) {}",
        "  @FlowDef(name = \"dish\") Gericht gericht(Gericht ein) { return ein; }",
        "  @FlowDef Gericht menü(Gericht ein) { return ein; }",
        "}");
    Compilation compilation = compile(kitchen);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[FLOWDEF-FLOW-NAME] Flow name 'menü'")
        .inFile(kitchen).onLineContaining("Gericht menü(");

    Compilation valid = compile(source("küche.Küche",
        "package küche;",
        "import dev.flowdef.FlowDef;",
        "public class Küche {",
        "  public record Gericht(String näme) {}",
        "  @FlowDef(name = \"dish\") Gericht gericht(Gericht ein) { return ein; }",
        "}"));
    assertThat(valid).succeededWithoutWarnings();
    assertThat(valid).generatedSourceFile("küche.Küche_Flows").isNotNull();
  }

  @Test
  void twoClassesWithOneSimpleNameInTwoPackagesGetTwoBindings() {
    Compilation compilation = compile(
        source("a.Menu", "package a;", "import dev.flowdef.FlowDef;", "public class Menu {",
            "  public record Item(String name) {}",
            "  @FlowDef static Item first(Item in) { return in; }", "}"),
        source("b.Menu", "package b;", "import dev.flowdef.FlowDef;", "public class Menu {",
            "  public record Item(int number) {}",
            "  @FlowDef static Item second(Item in) { return in; }", "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("a.Menu_Flows").isNotNull();
    assertThat(compilation).generatedSourceFile("b.Menu_Flows").isNotNull();
  }

  @Test
  void aUserClassNamedLikeTheBindingIsAClearError() {
    JavaFileObject menu = source("taken.Menu", "package taken;", "import dev.flowdef.FlowDef;",
        "public class Menu {", "  @FlowDef static String first(String in) { return in; }", "}");
    JavaFileObject squatter = source("taken.Menu_Flows", "package taken;", "public class Menu_Flows {}");

    Compilation compilation = compile(menu, squatter);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Menu_Flows").inFile(menu).onLineContaining("public class Menu {");
  }
}
