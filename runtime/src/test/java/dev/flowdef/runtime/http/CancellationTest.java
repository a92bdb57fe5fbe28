package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** A client that goes away mid-stream cancels its flow, which then can send nothing more. */
class CancellationTest extends EngineTestSupport {

  @OnEveryEngine
  void aClientDisconnectingMidStreamCancelsTheFlowWithinOneSecond(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    try (Socket socket = new Socket(served.base().getHost(), served.base().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /ticker HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
          + "Accept: text/event-stream\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.UTF_8));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = in.readLine();
      } while (line != null && !line.contains("{\"message\":{\"i\":1}}"));
      assertNotNull(line, "the stream ended before its second tick");
      assertEquals(1, flows.tickerCancelled.getCount(), "cancelled before the client left");
    } // the client goes away here, two ticks into an endless stream

    assertTrue(flows.tickerCancelled.await(1, TimeUnit.SECONDS), "the flow saw its cancellation within 1 s");
    assertTrue(flows.tickerEnded.await(5, TimeUnit.SECONDS), "the flow stopped");
    assertFalse(flows.chunkAcceptedAfterCancel.get(), "a cancelled flow's chunk was accepted");
  }
}
