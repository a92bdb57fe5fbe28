package dev.flowdef.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowTracingTest {
  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
          .build();
  private final FlowTracing tracing = FlowTracing.of(sdk);

  private static final FlowDescriptor<String, String, Void> ASK =
      new FlowDescriptor<>("menuQuestion", "", String.class, String.class, Void.class);

  @AfterEach
  void close() {
    sdk.close();
  }

  private Flow<String, String, Void> traced(FlowInvoker<String, String, Void> invoker) {
    return Flow.of(ASK, invoker).tracedBy(tracing);
  }

  private SpanData span(String name) {
    return exported.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + exported.getFinishedSpanItems()));
  }

  private static String attribute(SpanData span, String key) {
    Object value = span.getAttributes().get(AttributeKey.stringKey(key));
    return value == null ? null : value.toString();
  }

  private static Boolean flag(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.booleanKey(key));
  }

  @Test
  void aFlowRunIsARootSpanWithGenkitsAttributes() {
    traced((input, ctx) -> CompletableFuture.completedFuture(input + "!")).run("soup?");

    SpanData flow = span("menuQuestion");
    assertEquals("action", attribute(flow, "genkit:type"));
    assertEquals("flow", attribute(flow, "genkit:metadata:subtype"));
    assertEquals("menuQuestion", attribute(flow, "genkit:name"));
    assertEquals("/{menuQuestion,t:flow}", attribute(flow, "genkit:path"));
    assertEquals(true, flag(flow, "genkit:isRoot"));
    assertEquals("\"soup?\"", attribute(flow, "genkit:input"));
    assertEquals("\"soup?!\"", attribute(flow, "genkit:output"));
    assertEquals("success", attribute(flow, "genkit:state"));
    assertEquals("genkit-tracer", flow.getInstrumentationScopeInfo().getName());
  }

  @Test
  void aStepIsAChildSpanOfItsFlow() {
    traced((input, ctx) -> CompletableFuture.completedFuture(
        ctx.run("retrieve-daily-menu", () -> List.of("soup", "tart")).toString())).run("?");

    SpanData flow = span("menuQuestion");
    SpanData step = span("retrieve-daily-menu");
    assertEquals(flow.getSpanId(), step.getParentSpanId());
    assertEquals(flow.getTraceId(), step.getTraceId());
    assertEquals("flowStep", attribute(step, "genkit:type"));
    assertEquals("/{menuQuestion,t:flow}/{retrieve-daily-menu,t:flowStep}", attribute(step, "genkit:path"));
    assertEquals("[\"soup\",\"tart\"]", attribute(step, "genkit:output"));
    assertEquals("success", attribute(step, "genkit:state"));
    assertNull(flag(step, "genkit:isRoot"));
  }

  @Test
  void aStepInsideAStepExtendsItsPath() {
    traced((input, ctx) -> CompletableFuture.completedFuture(
        ctx.run("outer", () -> ctx.run("inner", () -> "x")))).run("?");

    assertEquals("/{menuQuestion,t:flow}/{outer,t:flowStep}/{inner,t:flowStep}",
        attribute(span("inner"), "genkit:path"));
    assertEquals(span("outer").getSpanId(), span("inner").getParentSpanId());
  }

  @Test
  void aFailingStepIsTheFailureSourceAndItsFlowFailsToo() {
    IllegalStateException failure = new IllegalStateException("menu service down");
    Flow<String, String, Void> flow =
        traced((input, ctx) -> CompletableFuture.completedFuture(ctx.run("retrieve-daily-menu", () -> {
          throw failure;
        })));

    assertThrows(IllegalStateException.class, () -> flow.run("?"));

    SpanData step = span("retrieve-daily-menu");
    SpanData root = span("menuQuestion");
    assertEquals("error", attribute(step, "genkit:state"));
    assertEquals(true, flag(step, "genkit:isFailureSource"));
    assertEquals("error", attribute(root, "genkit:state"));
    assertNull(flag(root, "genkit:isFailureSource"));
    assertEquals(StatusCode.ERROR, root.getStatus().getStatusCode());
    assertEquals("exception", root.getEvents().get(0).getName());
    assertEquals("menu service down",
        root.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("exception.message")));
  }

  @Test
  void aFlowThatThrowsIsItselfTheFailureSource() {
    Flow<String, String, Void> flow =
        traced((input, ctx) -> {
          throw new FlowException(FlowStatus.NOT_FOUND, "no such dish");
        });

    assertThrows(FlowException.class, () -> flow.run("?"));

    assertEquals(true, flag(span("menuQuestion"), "genkit:isFailureSource"));
  }

  @Test
  void aFlowCalledFromAFlowIsANestedFlowSpan() {
    FlowDescriptor<String, String, Void> innerDescriptor =
        new FlowDescriptor<>("inner", "", String.class, String.class, Void.class);
    Flow<String, String, Void> inner =
        Flow.of(innerDescriptor, (input, ctx) -> CompletableFuture.completedFuture(input)).tracedBy(tracing);
    traced((input, ctx) -> CompletableFuture.completedFuture(inner.run(input))).run("x");

    SpanData nested = span("inner");
    assertEquals("/{menuQuestion,t:flow}/{inner,t:flow,s:flow}", attribute(nested, "genkit:path"));
    assertNull(flag(nested, "genkit:isRoot"));
    assertEquals(span("menuQuestion").getSpanId(), nested.getParentSpanId());
  }

  @Test
  void theListenerHearsTheRootSpansIdsAndTheSpanEndsBeforeTheOutputCompletes() {
    AtomicReference<String> ids = new AtomicReference<>();
    AtomicReference<Integer> exportedAtCompletion = new AtomicReference<>();
    CompletableFuture<String> output =
        traced((input, ctx) -> CompletableFuture.supplyAsync(() -> input))
            .invoke("x", Map.of(), null, new Cancellation(), (trace, span) -> ids.set(trace + "/" + span));
    output.thenRun(() -> exportedAtCompletion.set(exported.getFinishedSpanItems().size())).join();

    SpanData flow = span("menuQuestion");
    assertEquals(flow.getTraceId() + "/" + flow.getSpanId(), ids.get());
    assertEquals(1, exportedAtCompletion.get());
  }

  @Test
  void withoutAnSdkTheListenerStillGetsWellFormedIds() {
    AtomicReference<String> ids = new AtomicReference<>();
    Flow.of(ASK, (input, ctx) -> CompletableFuture.completedFuture(input))
        .tracedBy(FlowTracing.of(OpenTelemetry.noop()))
        .invoke("x", Map.of(), null, new Cancellation(), (trace, span) -> ids.set(trace + "/" + span))
        .join();

    assertTrue(ids.get().matches("[0-9a-f]{32}/[0-9a-f]{16}"), ids.get());
  }

  @Test
  void aRegistryTracesItsFlowsThroughTheOpenTelemetryItWasGiven() {
    FlowRegistry registry = FlowRegistry.builder().discover().openTelemetry(sdk).build();

    registry.flow(GreetingBinding.GREET).run("Ada");

    assertEquals("\"Hello, Ada\"", attribute(span("greet"), "genkit:output"));
  }
}
