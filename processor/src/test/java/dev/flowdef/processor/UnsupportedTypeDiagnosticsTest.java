package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every type Flowdef cannot describe as JSON, inside the records a flow uses, is a compile error with its own id, on
 * the line of the record component, with a hint of what to use. The same types in a flow's signature are in
 * {@link TypeDiagnosticsTest}.
 */
class UnsupportedTypeDiagnosticsTest {

  private static JavaFileObject source(String name, String... lines) {
    String[] all = new String[lines.length + 6];
    all[0] = "package test;";
    all[1] = "import dev.flowdef.FlowDef;";
    all[2] = "import dev.flowdef.runtime.FlowContext;";
    all[3] = "import java.util.*;";
    all[4] = "import com.fasterxml.jackson.annotation.*;";
    all[5] = "";
    System.arraycopy(lines, 0, all, 6, lines.length);
    return JavaFileObjects.forSourceLines("test." + name, all);
  }

  private static Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new FlowProcessor()).compile(source);
  }

  @Test
  void objectInARecordIsAnErrorOnTheComponent() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public record Envelope(String id, Object payload) {}",
        "  @FlowDef static String open(Envelope input) { return input.id(); }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[FLOWDEF-UNTYPED] Component 'payload' of record test.Flows.Envelope "
        + "has type java.lang.Object").inFile(source).onLineContaining("Object payload");
    assertThat(compilation).hadErrorContaining("declare the data as a record");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aClassThatIsNotARecordIsAnErrorWithAHint() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public static class Pojo { public String name; }",
        "  public record Holder(Pojo pojo) {}",
        "  @FlowDef static Holder hold(String input) { return null; }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[FLOWDEF-NOT-A-RECORD] Component 'pojo' of record test.Flows.Holder "
        + "has type test.Flows.Pojo").inFile(source).onLineContaining("Holder(Pojo pojo)");
    assertThat(compilation).hadErrorContaining("declare it as a record");
  }

  @Test
  void aRawTypeIsAnError() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  @SuppressWarnings(\"rawtypes\") public record Basket(List items) {}",
        "  @FlowDef static int count(Basket input) { return 0; }",
        "}");
    assertThat(compile(source)).hadErrorContaining("[FLOWDEF-RAW-TYPE] Component 'items' of record test.Flows.Basket "
        + "has the raw type java.util.List, whose type arguments are unknown; give its type arguments, for example "
        + "List<String>").inFile(source).onLineContaining("List items");
  }

  @Test
  void aWildcardIsAnError() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public record Numbers(List<? extends Number> values) {}",
        "  @FlowDef static int count(Numbers input) { return 0; }",
        "}");
    assertThat(compile(source)).hadErrorContaining("[FLOWDEF-WILDCARD] Component 'values' of record "
        + "test.Flows.Numbers has type ? extends java.lang.Number").inFile(source)
        .onLineContaining("List<? extends Number> values");
  }

  @Test
  void aTypeVariableIsAnError() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public sealed interface Thing permits Boxed {}",
        "  public record Boxed<T>(T value) implements Thing {}",
        "  @FlowDef static String name(Thing input) { return \"\"; }",
        "}");
    assertThat(compile(source)).hadErrorContaining("[FLOWDEF-TYPE-VARIABLE] Component 'value' of record "
        + "test.Flows.Boxed has the type variable T").inFile(source).onLineContaining("Boxed<T>(T value)");
  }

  @Test
  void aMapWithKeysOtherThanStringsOrEnumsIsAnError() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public record Index(Map<Integer, String> byId) {}",
        "  @FlowDef static Index index(String input) { return null; }",
        "}");
    assertThat(compile(source)).hadErrorContaining("[FLOWDEF-MAP-KEY] Component 'byId' of record test.Flows.Index "
        + "has type java.util.Map<java.lang.Integer,java.lang.String>, whose keys are java.lang.Integer")
        .inFile(source).onLineContaining("Map<Integer, String> byId");
  }

  @Test
  void aSealedInterfaceThatPermitsAClassIsAnError() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public sealed interface Shape permits Circle, Blob {}",
        "  public record Circle(double radius) implements Shape {}",
        "  public static final class Blob implements Shape {}",
        "  public record Drawing(Shape shape) {}",
        "  @FlowDef static Drawing draw(String input) { return null; }",
        "}");
    assertThat(compile(source)).hadErrorContaining("[FLOWDEF-SEALED-SUBTYPE] Component 'shape' of record "
        + "test.Flows.Drawing has type test.Flows.Shape, a sealed interface that permits test.Flows.Blob")
        .inFile(source).onLineContaining("Drawing(Shape shape)");
  }

  @Test
  void aTypeIdOutsideTheObjectIsAnError() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)",
        "  public sealed interface Shape permits Circle {}",
        "  public record Circle(double radius) implements Shape {}",
        "  @FlowDef static double area(Shape input) { return 0; }",
        "}");
    assertThat(compile(source)).hadErrorContaining("[FLOWDEF-TYPE-INFO] The input of flow method 'area' has type "
        + "test.Flows.Shape, whose @JsonTypeInfo(use = NAME, include = WRAPPER_OBJECT)").inFile(source)
        .onLineContaining("area(Shape input)");
  }

  @Test
  void voidInsideATypeIsAnError() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public record Nothing(List<Void> none) {}",
        "  @FlowDef static Nothing nothing(String input) { return null; }",
        "}");
    assertThat(compile(source)).hadErrorContaining("[FLOWDEF-VOID-VALUE] Component 'none' of record "
        + "test.Flows.Nothing has type Void").inFile(source).onLineContaining("List<Void> none");
  }

  @Test
  void aBadRecordUsedByTwoFlowsIsReportedOnceAndEachBadComponentIsReported() {
    JavaFileObject source = source("Flows",
        "public class Flows {",
        "  public record Bad(Object first, Map<Long, String> second) {}",
        "  @FlowDef static String one(Bad input) { return \"\"; }",
        "  @FlowDef static Bad two(String input) { return null; }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[FLOWDEF-UNTYPED]").inFile(source).onLineContaining("Bad(Object");
    assertThat(compilation).hadErrorContaining("[FLOWDEF-MAP-KEY]").inFile(source).onLineContaining("Bad(Object");
  }
}
