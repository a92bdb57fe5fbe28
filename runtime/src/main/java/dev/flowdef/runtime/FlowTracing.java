package dev.flowdef.runtime;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns flow runs and their steps into OpenTelemetry spans with Genkit's attributes ({@code genkit:type},
 * {@code genkit:name}, {@code genkit:path}, ...), so an application's own OpenTelemetry setup and Genkit's Developer
 * UI see the same traces. Without an OpenTelemetry SDK the spans are no-ops and cost next to nothing.
 */
public final class FlowTracing {
  static final String TRACER_NAME = "genkit-tracer";
  static final String TRACER_VERSION = "v1";
  /** The Genkit path of the innermost Genkit span in a context: what nested spans extend. */
  private static final ContextKey<String> GENKIT_PATH = ContextKey.named("genkit:path");
  /** Labels the next root flow span carries as attributes, as Genkit's {@code runAction} telemetry labels. */
  private static final ContextKey<Map<String, String>> LABELS = ContextKey.named("genkit:telemetryLabels");

  private static volatile FlowTracing global;

  private final Tracer tracer;
  /** Each flow's key and root path, built at its first run rather than at every one. */
  private final Map<String, FlowNames> names = new ConcurrentHashMap<>();

  private FlowTracing(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer(TRACER_NAME, TRACER_VERSION);
  }

  /** Tracing through {@code openTelemetry}, for example an SDK the application configured. */
  public static FlowTracing of(OpenTelemetry openTelemetry) {
    return new FlowTracing(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /**
   * Tracing through {@link GlobalOpenTelemetry}, looked up at the first flow call rather than when classes load, so
   * an application (or the OpenTelemetry agent) can install its SDK first.
   */
  public static FlowTracing global() {
    FlowTracing tracing = global;
    if (tracing == null) {
      synchronized (FlowTracing.class) {
        if (global == null) {
          global = new FlowTracing(GlobalOpenTelemetry.get());
        }
        tracing = global;
      }
    }
    return tracing;
  }

  /**
   * Makes root flow spans started on this thread, until the scope closes, carry {@code labels} as attributes (for
   * example {@code {"batchRun": "nightly"}}), as Genkit's tools label the runs they start.
   */
  public static Scope withLabels(Map<String, String> labels) {
    return Context.current().with(LABELS, Map.copyOf(labels)).makeCurrent();
  }

  /** Starts the span of a flow run: a root span, or a child of the Genkit span current on this thread. */
  TraceSpan startFlow(String name, Object input) {
    Context parent = Context.current();
    String parentPath = parent.get(GENKIT_PATH);
    boolean root = parentPath == null;
    FlowNames flow = names.computeIfAbsent(name, FlowNames::of);
    String path = root ? flow.rootPath() : parentPath + "/{" + name + ",t:flow,s:flow}";
    var builder =
        tracer.spanBuilder(name).setParent(parent).setSpanKind(SpanKind.INTERNAL)
            .setAttribute("genkit:type", "action")
            .setAttribute("genkit:metadata:subtype", "flow")
            .setAttribute("genkit:key", flow.key())
            .setAttribute("genkit:name", name)
            .setAttribute("genkit:path", path);
    if (root) {
      builder.setAttribute("genkit:isRoot", true);
      Map<String, String> labels = parent.get(LABELS);
      if (labels != null) {
        labels.forEach(builder::setAttribute);
      }
    }
    TraceSpan span = new TraceSpan(builder.startSpan(), parent, GENKIT_PATH, path);
    span.recordInput(input);
    return span;
  }

  /** Starts the span of a named step, a child of the innermost Genkit span: a step's, or else the flow's. */
  TraceSpan startStep(String name, TraceSpan flow) {
    Context parent = Context.current().get(GENKIT_PATH) != null ? Context.current() : flow.context();
    String path = parent.get(GENKIT_PATH) + "/{" + name + ",t:flowStep}";
    var span =
        tracer.spanBuilder(name).setParent(parent).setSpanKind(SpanKind.INTERNAL)
            .setAttribute("genkit:type", "flowStep")
            .setAttribute("genkit:name", name)
            .setAttribute("genkit:path", path)
            .startSpan();
    return new TraceSpan(span, parent, GENKIT_PATH, path);
  }

  /** A flow's Genkit key, {@code /flow/<name>}, and its path as a root span, {@code /{<name>,t:flow}}. */
  private record FlowNames(String key, String rootPath) {
    static FlowNames of(String name) {
      return new FlowNames("/flow/" + name, "/{" + name + ",t:flow}");
    }
  }
}
