package dev.flowdef.interop.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowdef.client.FlowClientException;
import dev.flowdef.client.FlowClientStream;
import dev.flowdef.interop.clients.InteropFlows.CountdownInput;
import dev.flowdef.interop.clients.InteropFlows.CountdownOutput;
import dev.flowdef.interop.clients.InteropFlows.EchoInput;
import dev.flowdef.interop.clients.InteropFlows.EchoOutput;
import dev.flowdef.interop.clients.InteropFlows.FailInput;
import dev.flowdef.interop.clients.InteropFlows.Tick;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The same generated Java client against Genkit's own JavaScript server (npm {@code genkit} and
 * {@code @genkit-ai/express} 1.42.0) serving the same flows: the wire is Genkit's, including its bare error bodies
 * and {@code error:} frames, and the client reads it.
 */
@Timeout(120)
class JavaClientAgainstGenkitTest {
  private static GenkitServer genkit;
  private static InteropFlowsClient client;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    genkit = GenkitServer.start();
    client = InteropFlowsClient.create(genkit.url());
  }

  @AfterAll
  static void stop() {
    if (genkit != null) {
      genkit.close();
    }
  }

  @Test
  void runsAFlow() {
    assertEquals(new EchoOutput("héllo 🌍", 8), client.echo(new EchoInput("héllo 🌍")));
  }

  @Test
  void streamsChunksThenTheOutput() {
    List<Tick> chunks = new ArrayList<>();
    try (FlowClientStream<Tick, CountdownOutput> stream = client.streamCountdown(new CountdownInput(3))) {
      stream.forEach(chunks::add);
      assertEquals(new CountdownOutput(true, 3), stream.output());
    }
    assertEquals(List.of(new Tick(0), new Tick(1), new Tick(2)), chunks);
  }

  @Test
  void readsGenkitsErrorBody() {
    FlowClientException error = assertThrows(FlowClientException.class, () -> client.fail(new FailInput("genkit")));

    assertEquals("FAILED_PRECONDITION", error.status());
    assertEquals("fail flow always fails", error.serverMessage());
    assertEquals(400, error.httpStatus());
    assertEquals("by design", error.details().path("hint").asText());
  }

  @Test
  void readsGenkitsErrorFrameAfterTheChunks() {
    List<Tick> chunks = new ArrayList<>();
    FlowClientException error;
    try (FlowClientStream<Tick, CountdownOutput> stream = client.streamFailStream(new CountdownInput(2))) {
      error = assertThrows(FlowClientException.class, () -> stream.forEach(chunks::add));
    }
    assertEquals(List.of(new Tick(0), new Tick(1)), chunks);
    assertEquals("INTERNAL", error.status());
    assertEquals("boom after chunks", error.serverMessage());
  }

  @Test
  void invalidInputIsInvalidArgument() {
    FlowClientException error = assertThrows(FlowClientException.class, () -> client.echo(new EchoInput(null)));

    assertEquals("INVALID_ARGUMENT", error.status());
    assertEquals(400, error.httpStatus());
  }
}
