package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.flowdef.processor.support.Sources.compile;
import static dev.flowdef.processor.support.Sources.flowSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** One bad method hides nothing else, and valid flows of every shape compile without a warning. */
class ProcessingResilienceTest {

  // --- several problems in one compilation ---

  @Test
  void oneBadMethodHidesNeitherAnotherBadMethodNorAValidClassBinding() {
    JavaFileObject bad =
        flowSource("Bad",
            "class Bad {",
            "  @FlowDef",
            "  private static String hidden() {",
            "    return \"hi\";",
            "  }",
            "",
            "  @FlowDef",
            "  static String untyped(",
            "      Object input) {",
            "    return \"hi\";",
            "  }",
            "",
            "  @FlowDef",
            "  static String fine() {",
            "    return \"fine\";",
            "  }",
            "}");
    JavaFileObject good =
        flowSource("Good",
            "public class Good {",
            "  @FlowDef",
            "  public static String greet(String name) {",
            "    return \"Hello, \" + name;",
            "  }",
            "}");
    // compile-testing hands out generated files only after a successful compilation, so this source shows that
    // the bindings exist: its field types resolve only once the processor has written them
    JavaFileObject user =
        flowSource("UsesBindings",
            "class UsesBindings {",
            "  Good_Flows good;",
            "  Bad_Flows bad;",
            "  Object fine = Bad_Flows.FINE;",
            "}");
    Compilation compilation = compile(bad, good, user);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-PRIVATE-METHOD]")
        .inFile(bad)
        .onLineContaining("private static String hidden()");
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-UNTYPED]")
        .inFile(bad)
        .onLineContaining("Object input)");
    // no 'cannot find symbol' for Good_Flows or Bad_Flows
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void classWithOnlyAPrivateFlowReportsItWithoutCrashing() {
    JavaFileObject source =
        flowSource("Lonely",
            "class Lonely {",
            "  @FlowDef",
            "  private String hello() {",
            "    return \"hi\";",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-PRIVATE-METHOD]")
        .inFile(source)
        .onLineContaining("private String hello()");
    // exactly that error: no FLOWDEF-INTERNAL from a crash, and nothing from an empty binding
    assertThat(compilation).hadErrorCount(1);
  }

  // --- valid shapes ---

  @Test
  void validFlowsOfManyShapesCompileWithoutAnyWarning() {
    JavaFileObject shapes =
        flowSource("Shapes",
            "/** Flows of every supported shape. */",
            "public class Shapes {",
            "  /** A dish. */",
            "  public record Item(String name, int price) {}",
            "",
            "  /** A page of results. */",
            "  public record Page<T>(List<T> items, int number) {}",
            "",
            "  /** A portion size. */",
            "  public enum Size { SMALL, LARGE }",
            "",
            "  @FlowDef",
            "  static String ping() {",
            "    return \"pong\";",
            "  }",
            "",
            "  @FlowDef",
            "  String instanceGreeting(String name) {",
            "    return \"Hello, \" + name;",
            "  }",
            "",
            "  @FlowDef",
            "  static String voidInput(Void input) {",
            "    return \"nothing in\";",
            "  }",
            "",
            "  @FlowDef",
            "  static String contextOnly(FlowContext<String> ctx) {",
            "    ctx.sendChunk(\"a\");",
            "    return \"done\";",
            "  }",
            "",
            "  @FlowDef",
            "  Size streamItems(Item item, FlowContext<Item> ctx) {",
            "    ctx.sendChunk(item);",
            "    return Size.SMALL;",
            "  }",
            "",
            "  @FlowDef",
            "  static CompletionStage<Item> stage(String name) {",
            "    return CompletableFuture.completedFuture(new Item(name, 1));",
            "  }",
            "",
            "  @FlowDef",
            "  static CompletableFuture<List<Item>> future(Size size) {",
            "    return CompletableFuture.completedFuture(List.of(new Item(size.name(), 2)));",
            "  }",
            "",
            "  @FlowDef",
            "  static CompletionStage<Void> asyncNothing(String name) {",
            "    return CompletableFuture.completedFuture(null);",
            "  }",
            "",
            "  @FlowDef",
            "  static void fireAndForget(Item item) {}",
            "",
            "  @FlowDef",
            "  static List<String> names(Set<Integer> numbers) {",
            "    return List.of(numbers.toString());",
            "  }",
            "",
            "  @FlowDef",
            "  static Map<String, List<Item>> menu(Map<Size, Integer> counts) {",
            "    return Map.of();",
            "  }",
            "",
            "  @FlowDef",
            "  static int[] primitives(int count) {",
            "    return new int[count];",
            "  }",
            "",
            "  @FlowDef",
            "  static Item[] items(long[] ids) {",
            "    return new Item[ids.length];",
            "  }",
            "",
            "  @FlowDef",
            "  static List<Item>[] listArray(boolean flag) {",
            "    return null;",
            "  }",
            "",
            "  @FlowDef",
            "  static boolean check(double value) {",
            "    return value > 0;",
            "  }",
            "",
            "  @FlowDef",
            "  static Page<Item> page(Page<String> names) {",
            "    return new Page<>(List.of(), names.number());",
            "  }",
            "",
            "  @FlowDef(name = \"named-flow_2\", description = \"Has a name of its own.\")",
            "  static String renamed() {",
            "    return \"renamed\";",
            "  }",
            "",
            "  /** Flows in a nested static class. */",
            "  public static class Nested {",
            "    @FlowDef",
            "    static String nestedHello() {",
            "      return \"nested\";",
            "    }",
            "  }",
            "",
            "  /** Flows of a generic class: the binding holds a Box<?>. */",
            "  public static class Box<T> {",
            "    @FlowDef",
            "    String boxed(String name) {",
            "      return name;",
            "    }",
            "  }",
            "",
            "  /** Static flows of an interface. */",
            "  public interface Tools {",
            "    @FlowDef",
            "    static String toolName() {",
            "      return \"tool\";",
            "    }",
            "  }",
            "",
            "  /** Flows of a class the binding cannot create itself. */",
            "  public static class Service {",
            "    private final String prefix;",
            "",
            "    public Service(String prefix) {",
            "      this.prefix = prefix;",
            "    }",
            "",
            "    @FlowDef",
            "    String serviceGreeting(String name) {",
            "      return prefix + name;",
            "    }",
            "  }",
            "}");
    Compilation compilation =
        javac().withProcessors(new FlowProcessor()).withOptions("-Xlint:all", "-Werror").compile(shapes);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Shapes_Flows");
    assertThat(compilation).generatedSourceFile("test.Shapes_Nested_Flows");
    assertThat(compilation).generatedSourceFile("test.Shapes_Service_Flows");
    // a binding that needs constructor arguments is registered by hand, so it is not listed for discovery
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.flowdef.runtime.FlowBinding")
        .contentsAsUtf8String()
        .isEqualTo("test.Shapes_Box_Flows\ntest.Shapes_Flows\ntest.Shapes_Nested_Flows\ntest.Shapes_Tools_Flows\n");
  }
}
