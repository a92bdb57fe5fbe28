package dev.flowdef.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.flowdef.processor.support.Sources.compile;
import static dev.flowdef.processor.support.Sources.flowSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.flowdef.processor.support.CompiledFlows;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import java.nio.file.Path;
import java.time.Duration;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code @FlowDef(timeout = ...)}: checked at compile time, carried into the descriptor, enforced at run time. */
@Timeout(30)
class TimeoutTest {

  @ParameterizedTest
  @ValueSource(strings = {"30", "thirty seconds", "0s", "-5s", "PT0S", "-PT1S", "1.5s", "10 d", "PT99999999999999999H"})
  void aTimeoutThatIsNotAPositiveDurationIsAnErrorOnTheValue(String timeout) {
    JavaFileObject source =
        flowSource("Menu",
            "class Menu {",
            "  @FlowDef(",
            "      timeout = \"" + timeout + "\")",
            "  static String suggest() {",
            "    return \"soup\";",
            "  }",
            "}");
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[FLOWDEF-TIMEOUT] Timeout '" + timeout + "' of flow method 'suggest' is not a positive "
            + "duration; write a number and a unit, for example @FlowDef(timeout = \"30s\")")
        .inFile(source)
        .onLineContaining("timeout = \"" + timeout + "\"");
  }

  @Test
  void aBadTimeoutDoesNotHideTheOtherErrorsOfTheMethod() {
    JavaFileObject source =
        flowSource("Menu",
            "class Menu {",
            "  @FlowDef(name = \"bad name\", timeout = \"soon\")",
            "  private static String suggest() {",
            "    return \"soup\";",
            "  }",
            "}");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[FLOWDEF-TIMEOUT]");
    assertThat(compilation).hadErrorContaining("[FLOWDEF-FLOW-NAME]");
    assertThat(compilation).hadErrorContaining("[FLOWDEF-PRIVATE-METHOD]");
  }

  @Test
  void theTimeoutIsCarriedIntoTheDescriptorAndEndsAFlowThatRunsLonger(@TempDir Path output) throws Exception {
    try (CompiledFlows compiled = CompiledFlows.compile(output, "test/Patience.java")) {
      FlowRegistry registry = FlowRegistry.builder().register(
          (dev.flowdef.runtime.FlowBinding) compiled.create("test.Patience_Flows")).build();

      assertEquals(Duration.ofMillis(150), descriptorTimeout(registry, "waitForever"));
      assertEquals(Duration.ofSeconds(90), descriptorTimeout(registry, "answerNow"));
      assertNull(descriptorTimeout(registry, "noLimit"));
      FlowException thrown = assertThrows(FlowException.class, () -> flow(registry, "waitForever").run("why?"));
      assertEquals(FlowStatus.DEADLINE_EXCEEDED, thrown.status());
      assertEquals("now: why?", flow(registry, "answerNow").run("why?"));
    }
  }

  private static Duration descriptorTimeout(FlowRegistry registry, String name) {
    return flow(registry, name).descriptor().timeout();
  }

  @SuppressWarnings("unchecked") // the test knows the flows take and return strings
  private static Flow<Object, Object, Object> flow(FlowRegistry registry, String name) {
    return (Flow<Object, Object, Object>) registry.find(name).orElseThrow();
  }
}
