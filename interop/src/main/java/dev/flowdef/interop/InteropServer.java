package dev.flowdef.interop;

import dev.flowdef.examples.menu.MenuFlows_Flows;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.http.ContextProvider;
import dev.flowdef.runtime.http.FlowServer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts Flowdef servers on loopback for a client written against Genkit itself, runs that client (the command in
 * the arguments, for example {@code node --test interop.test.mjs}) with their URLs in its environment, and exits
 * with its exit code. {@code FLOWDEF_URL} serves the menu example's generated flows and a flow that always fails
 * with a status; {@code FLOWDEF_SECURED_URL} serves the same flows behind Genkit's API-key context provider, whose
 * key is {@code FLOWDEF_API_KEY}.
 */
public final class InteropServer {
  static final String API_KEY = "interop-key";
  static final FlowDescriptor<String, String, Void> CLOSED_KITCHEN =
      new FlowDescriptor<>("closedKitchen", "Always refuses, with a status and details.", String.class, String.class,
          Void.class);

  private InteropServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: InteropServer <client command...>");
    }
    FlowRegistry registry = FlowRegistry.builder()
        .register(new MenuFlows_Flows())
        .register(Flow.of(CLOSED_KITCHEN, (dish, ctx) -> {
          throw new FlowException(
              FlowStatus.FAILED_PRECONDITION, "The kitchen is closed", Map.of("opensAt", "18:00"));
        }))
        .build();
    int exitCode;
    try (FlowServer open = FlowServer.builder(registry).host("127.0.0.1").port(0).start();
        FlowServer secured = FlowServer.builder(registry).host("127.0.0.1").port(0)
            .contextProvider(ContextProvider.apiKey(API_KEY)).start()) {
      ProcessBuilder client = new ProcessBuilder(args).inheritIO();
      client.environment().put("FLOWDEF_URL", open.uri().toString());
      client.environment().put("FLOWDEF_SECURED_URL", secured.uri().toString());
      client.environment().put("FLOWDEF_API_KEY", API_KEY);
      Process process = client.start();
      if (process.waitFor(5, TimeUnit.MINUTES)) {
        exitCode = process.exitValue();
      } else {
        process.destroyForcibly();
        System.err.println("The client " + Arrays.toString(args) + " did not finish within 5 minutes");
        exitCode = 124;
      }
    }
    System.exit(exitCode);
  }
}
