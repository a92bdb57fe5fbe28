package dev.flowdef.examples.menu;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.dev.DevMode;
import dev.flowdef.runtime.dev.FlowRunner;
import dev.flowdef.runtime.http.FlowServer;
import java.io.PrintStream;
import java.util.function.UnaryOperator;

/**
 * Serves the menu flows over HTTP with Genkit's protocol and prints how to call them; in Genkit's dev mode
 * ({@code genkit start -- java -jar menu.jar}) also serves the Genkit CLI and Developer UI. With
 * {@code flow:run <name> '<json>' [-s]} it runs one flow instead, as the Genkit CLI would.
 */
public final class MenuApp {
  private MenuApp() {}

  /** Serves on {@code $PORT}, else 3400, until the process is stopped (Ctrl-C), then stops gracefully. */
  public static void main(String[] args) {
    FlowRegistry registry = FlowRegistry.discover();
    if (FlowRunner.handles(args)) {
      System.exit(FlowRunner.run(registry, args, System.out, System.err));
    }
    FlowServer server = serve(registry, options -> options, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "menu-shutdown"));
    DevMode.startIfEnabled(registry).ifPresent(dev ->
        System.out.println("Genkit dev mode: reflection API on port " + dev.reflectionPort()));
  }

  /** Serves {@code registry}'s flows and prints them with {@code curl} calls for a plain and a streaming request. */
  static FlowServer serve(FlowRegistry registry, UnaryOperator<FlowServer.Builder> options, PrintStream out) {
    FlowServer started = options.apply(FlowServer.builder(registry)).start();
    String base = started.uri().toString();
    out.println("Serving " + registry.flows().size() + " flows at " + base + " (Ctrl-C stops):");
    for (Flow<?, ?, ?> flow : registry.flows()) {
      out.printf("  POST %-45s %s%n", base + flow.name(), flow.descriptor().description());
    }
    out.println();
    out.println("A result:");
    out.println("  curl -s " + base + "menuSuggestion -H 'Content-Type: application/json' \\");
    out.println("       -d '{\"data\":{\"theme\":\"bistro\"}}'");
    out.println("A stream of chunks, then the result:");
    out.println("  curl -sN " + base + "menuStream -H 'Content-Type: application/json' \\");
    out.println("       -H 'Accept: text/event-stream' -d '{\"data\":{\"theme\":\"bistro\"}}'");
    out.flush();
    return started;
  }
}
