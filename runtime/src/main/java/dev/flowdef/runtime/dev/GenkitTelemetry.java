package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends each span to the Genkit CLI's telemetry server as it ends (and, in real-time mode, as it starts), on the
 * thread that ends it. Ending a flow's span therefore returns only once the server has it, so the reflection API can
 * answer {@code runAction} knowing the Developer UI will find the whole trace.
 */
final class GenkitTelemetry implements SpanProcessor {
  private static final System.Logger LOG = System.getLogger(GenkitTelemetry.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicReference<URI> server = new AtomicReference<>();
  private final boolean realtime;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicBoolean failureLogged = new AtomicBoolean();

  GenkitTelemetry(String serverUrl, boolean realtime) {
    this.realtime = realtime;
    if (serverUrl != null && !serverUrl.isBlank()) {
      exportTo(serverUrl);
    }
  }

  /** Where spans go from now on: the telemetry server's base URL, as the CLI gives it. */
  void exportTo(String serverUrl) {
    server.set(URI.create(serverUrl.replaceAll("/+$", "") + "/api/traces"));
  }

  boolean hasServer() {
    return server.get() != null;
  }

  @Override
  public void onStart(Context parent, ReadWriteSpan span) {
    send(span);
  }

  @Override
  public boolean isStartRequired() {
    return realtime;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    send(span);
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }

  private void send(ReadableSpan span) {
    URI target = server.get();
    if (target == null) {
      return;
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(Duration.ofSeconds(5))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(TraceData.of(span.toSpanData()))))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        logOnce("telemetry server answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      logOnce("cannot reach the telemetry server at " + target + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void logOnce(String problem) {
    if (failureLogged.compareAndSet(false, true)) {
      LOG.log(Level.WARNING, "Traces are not reaching the Genkit Developer UI: {0}", problem);
    }
  }
}
