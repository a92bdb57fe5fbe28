package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The ids a flow call answers with are those of the flow's own span, so a caller can find its trace. */
@Timeout(30)
class TraceHeadersTest {
  private static final FlowDescriptor<String, String, String> ECHO =
      new FlowDescriptor<>("echo", "", String.class, String.class, String.class);

  @Test
  void theTraceHeadersNameTheFlowsSpanWhetherStreamingOrNot() throws Exception {
    InMemorySpanExporter exported = InMemorySpanExporter.create();
    try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
            .build()) {
      FlowRegistry registry = FlowRegistry.builder()
          .register(Flow.of(ECHO, (input, ctx) -> {
            ctx.sendChunk(input);
            return CompletableFuture.completedFuture(input);
          }))
          .openTelemetry(sdk)
          .build();
      try (FlowServer server = FlowServer.builder(registry).host("127.0.0.1").port(0).start()) {
        for (String accept : new String[] {"application/json", "text/event-stream"}) {
          exported.reset();
          HttpResponse<String> response = HttpClient.newHttpClient().send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo"))
                  .header("Content-Type", "application/json")
                  .header("Accept", accept)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"data\":\"hi\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

          assertEquals(200, response.statusCode(), response.body());
          SpanData span = exported.getFinishedSpanItems().get(0);
          assertEquals(span.getTraceId(), response.headers().firstValue("x-genkit-trace-id").orElseThrow(), accept);
          assertEquals(span.getSpanId(), response.headers().firstValue("x-genkit-span-id").orElseThrow(), accept);
        }
      }
    }
  }
}
