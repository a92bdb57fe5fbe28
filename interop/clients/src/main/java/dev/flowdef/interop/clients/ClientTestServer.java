package dev.flowdef.interop.clients;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowServer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@link InteropFlows} on loopback, runs a client command (for example {@code node --test}) with the server's
 * URL in {@code FLOWDEF_URL}, and exits with the client's exit code.
 */
public final class ClientTestServer {
  private ClientTestServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: ClientTestServer <client command...>");
    }
    FlowRegistry registry = FlowRegistry.builder().register(new InteropFlows_Flows()).build();
    int exitCode;
    try (FlowServer server = FlowServer.builder(registry).host("127.0.0.1").port(0).start()) {
      ProcessBuilder client = new ProcessBuilder(args).inheritIO();
      client.environment().put("FLOWDEF_URL", server.uri().toString());
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
