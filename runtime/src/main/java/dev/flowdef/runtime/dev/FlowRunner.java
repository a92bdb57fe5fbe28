package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.flowdef.runtime.Cancellation;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * {@code flow:run <name> ['<json input>'] [-s] [-c '<json context>']}: runs one flow from an application's command
 * line, for people without Node, and prints like the Genkit CLI: each chunk, then {@code Result:} and the output as
 * indented JSON, then the trace id. Unlike the Genkit CLI, a failure exits non-zero, so scripts can rely on it.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   if (FlowRunner.handles(args)) {
 *     System.exit(FlowRunner.run(registry, args, System.out, System.err));
 *   }
 *   ...
 * }
 * }</pre>
 */
public final class FlowRunner {
  public static final String COMMAND = "flow:run";
  static final int FAILED = 1;
  static final int USAGE = 2;
  private static final String USAGE_TEXT =
      "Usage: " + COMMAND + " <flowName> ['<json input>'] [-s|--stream] [-c|--context '<json>']";

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private FlowRunner() {}

  /** Whether {@code args} ask for a flow run. */
  public static boolean handles(String[] args) {
    return args.length > 0 && args[0].equals(COMMAND);
  }

  /**
   * Runs the flow {@code args} name; returns the process exit code: 0 on success, 1 if the flow failed, 2 on misuse.
   */
  public static int run(FlowRegistry registry, String[] args, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    boolean stream = false;
    String context = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "-s", "--stream" -> stream = true;
        case "-c", "--context" -> {
          if (i + 1 == args.length) {
            err.println(USAGE_TEXT);
            return USAGE;
          }
          context = args[++i];
        }
        default -> positional.add(args[i]);
      }
    }
    if (positional.isEmpty() || positional.size() > 2) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    Flow<?, ?, ?> flow = registry.find(positional.get(0)).orElse(null);
    if (flow == null) {
      err.println("Error: no flow named '" + positional.get(0) + "'; flows: "
          + registry.flows().stream().map(Flow::name).toList());
      return USAGE;
    }
    try {
      JsonNode input = positional.size() == 2 ? InputDecoder.JSON.readTree(positional.get(1)) : null;
      Map<String, Object> requestContext = context == null ? Map.of() : InputDecoder.JSON.readValue(context, MAP);
      return run(flow, input, requestContext, stream, out, err);
    } catch (JsonProcessingException e) {
      err.println("Error: the input and context must be JSON: " + e.getOriginalMessage());
      return USAGE;
    }
  }

  private static <I, O, C> int run(Flow<I, O, C> flow, JsonNode inputJson, Map<String, Object> requestContext,
      boolean stream, PrintStream out, PrintStream err) {
    String[] traceId = new String[1];
    Consumer<C> chunks = stream ? chunk -> out.println(pretty(chunk)) : null;
    try {
      I input = new InputDecoder().decode(flow, inputJson);
      O output = flow.invoke(input, requestContext, chunks, new Cancellation(), (trace, span) -> traceId[0] = trace)
          .join();
      out.println("Result:");
      out.println(pretty(output));
      out.println("Trace ID: " + traceId[0]);
      return 0;
    } catch (CompletionException | FlowException e) {
      Throwable failure = e instanceof CompletionException ? e.getCause() : e;
      err.println("Error: Command exited with an Error:");
      err.println("Error: \tCode: " + code(failure));
      err.println("Error: \tMessage: " + message(failure));
      if (traceId[0] != null) {
        err.println("Error: \tTrace ID: " + traceId[0]);
      }
      return FAILED;
    }
  }

  private static int code(Throwable failure) {
    return failure instanceof FlowException flow ? flow.status().code() : 13;
  }

  private static String message(Throwable failure) {
    return failure instanceof FlowException flow
        ? flow.status() + ": " + flow.getMessage()
        : String.valueOf(failure.getMessage()); // as runAction reports it
  }

  /**
   * Indented like Genkit's CLI prints JSON: two spaces, one value per line, and {@code "key": value}. A holder, so that
   * {@link #handles}, which every app's {@code main} calls, builds no mapper (20 ms of a cold start on JDK 17).
   */
  private static final class Pretty {
    static final ObjectWriter WRITER = InputDecoder.JSON.writer(genkitStyle());
  }

  private static DefaultPrettyPrinter genkitStyle() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")); // {} and [], not { } and [ ]
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    return printer;
  }

  private static String pretty(Object value) {
    try {
      return Pretty.WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
