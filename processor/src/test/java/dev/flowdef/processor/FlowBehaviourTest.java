package dev.flowdef.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.processor.support.CompiledFlows;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowBinding;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.FlowStream;
import dev.flowdef.runtime.Types;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Compiles flow classes with the processor, then runs their flows through the registry. */
@Timeout(30)
class FlowBehaviourTest {
  @TempDir static Path output;
  private static CompiledFlows compiled;
  private static FlowRegistry registry;

  @BeforeAll
  static void compile() {
    compiled = CompiledFlows.compile(output, "test/Kitchen.java", "test/Greeter.java");
    registry = compiled.discover();
  }

  @AfterAll
  static void close() throws Exception {
    compiled.close();
  }

  @SuppressWarnings("unchecked") // the flows come from another class loader; the tests know their types
  private static Flow<Object, Object, Object> flow(String name) {
    return (Flow<Object, Object, Object>) registry.find(name).orElseThrow(() -> new AssertionError(name));
  }

  @Test
  void discoversEveryFlowOfTheInstantiableClassInDeclarationOrder() {
    assertEquals(
        List.of("takeOrder", "later", "count", "prepare", "menuQuestion", "whoAmI", "openingHours", "ignoresVoid",
            "square", "stock", "orders", "clean", "waitForCancel"),
        registry.flows().stream().map(Flow::name).toList());
  }

  @Test
  void describesEachFlowWithItsNameDescriptionAndTypes() throws Exception {
    Class<?> order = compiled.load("test.Kitchen$Order");
    Class<?> page = compiled.load("test.Kitchen$Page");
    assertEquals(
        new FlowDescriptor<>("takeOrder", "Turns an order into a kitchen ticket.", order,
            compiled.load("test.Kitchen$Ticket"), Void.class),
        flow("takeOrder").descriptor());
    assertEquals("Answers later, from another thread.", flow("later").descriptor().description());
    assertEquals(String.class, flow("prepare").descriptor().chunkType());
    assertEquals(Void.class, flow("openingHours").descriptor().inputType());
    assertEquals(Void.class, flow("ignoresVoid").descriptor().inputType());
    assertEquals(Integer.class, flow("square").descriptor().outputType());
    assertEquals(Void.class, flow("clean").descriptor().outputType());
    assertEquals(Types.parameterized(List.class, String.class), flow("count").descriptor().inputType());
    assertEquals(Types.parameterized(page, order), flow("orders").descriptor().outputType());
    assertEquals(
        Types.parameterized(Map.class, String.class, Integer.class), flow("stock").descriptor().outputType());
  }

  @Test
  void runsAPlainFlow() {
    Object ticket = flow("takeOrder").run(compiled.create("test.Kitchen$Order", "soup", 2));

    assertEquals("Ticket[summary=2x soup, steps=[prep, cook]]", ticket.toString());
  }

  @Test
  void runsFlowsReturningACompletionStage() {
    assertEquals("When? Soon.", flow("later").run("When"));
    assertEquals(3, flow("count").run(List.of("a", "b", "c")));
  }

  @Test
  void runsFlowsWithoutInputPrimitivesEnumsAndGenericRecords() throws Exception {
    assertEquals("noon to midnight", flow("openingHours").run(null));
    assertEquals("nothing", flow("ignoresVoid").run(null));
    assertEquals(49, flow("square").run(7));
    Object dessert = compiled.load("test.Kitchen$Course").getEnumConstants()[2];
    assertEquals(Map.of("DESSERT", 2), flow("stock").run(dessert));
    Object dishes = compiled.create("test.Kitchen$Page", List.of("soup"), 1);
    assertEquals("Page[items=[Order[dish=soup, quantity=1]], total=1]", flow("orders").run(dishes).toString());
  }

  @Test
  void aVoidFlowReturnsNullAndItsFailureReachesTheCaller() {
    assertEquals(null, flow("clean").run("grill"));
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> flow("clean").run(" "));
    assertEquals("which station?", thrown.getMessage());
  }

  @Test
  void streamsChunksInOrderThenTheOutput() {
    List<Object> chunks = new ArrayList<>();
    try (FlowStream<Object, Object> stream = flow("prepare").stream(compiled.create("test.Kitchen$Order", "tart", 1))) {
      stream.forEach(chunks::add);
      assertEquals("ready", stream.awaitOutput());
    }
    assertEquals(List.of("chop tart", "cook tart", "plate tart"), chunks);
  }

  @Test
  void runsNamedSteps() {
    assertEquals("Open? We have soup and tart.", flow("menuQuestion").run("Open?"));
  }

  @Test
  void passesTheRequestContext() {
    assertEquals("{uid=ada}", flow("whoAmI").run(null, Map.of("auth", Map.of("uid", "ada"))));
  }

  @Test
  void theFlowObservesCancellation() throws Exception {
    AtomicBoolean saw = (AtomicBoolean) compiled.staticField("test.Kitchen", "sawCancellation");
    FlowStream<Object, Object> stream = flow("waitForCancel").stream("x");
    assertEquals(1, stream.iterator().next());

    stream.cancel();

    FlowException thrown = assertThrows(FlowException.class, stream::awaitOutput);
    assertEquals(FlowStatus.CANCELLED, thrown.status());
    for (int i = 0; i < 200 && !saw.get(); i++) {
      Thread.sleep(10);
    }
    assertTrue(saw.get(), "the flow saw the cancellation");
  }

  @Test
  void aClassThatNeedsConstructorArgumentsIsRegisteredByHandWithItsInstance() throws Exception {
    assertTrue(registry.find("greet").isEmpty(), "not discoverable: Greeter has no no-arg constructor");
    Class<?> binding = compiled.load("test.Greeter_Flows");
    Object greeter = compiled.create("test.Greeter", "Bonjour");

    FlowBinding bound = (FlowBinding) binding.getConstructor(compiled.load("test.Greeter")).newInstance(greeter);
    FlowRegistry byHand = FlowRegistry.builder().register(bound).build();

    assertEquals("Bonjour, Ada", byHand.find("greet").map(f -> run(f, "Ada")).orElseThrow());
  }

  @SuppressWarnings("unchecked")
  private static Object run(Flow<?, ?, ?> flow, Object input) {
    return ((Flow<Object, Object, Object>) flow).run(input);
  }
}
