package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.validation.InputValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A dev-mode runtime started for one test, on an ephemeral loopback port, with an HTTP client talking to it. */
final class Reflection implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  final DevMode dev;
  final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  private Reflection(DevMode dev) {
    this.dev = dev;
    this.base = URI.create("http://" + host(InetAddress.getLoopbackAddress()) + ":" + dev.reflectionPort());
  }

  /** Starts dev mode over {@link TestFlows} in {@code project}, which gets a {@code pom.xml} if it has none. */
  static Reflection start(Path project, Map<String, String> extraEnvironment) {
    return start(TestFlows.registry(), project, extraEnvironment);
  }

  static Reflection start(FlowRegistry registry, Path project, Map<String, String> extraEnvironment) {
    try {
      if (!Files.exists(project.resolve("pom.xml"))) {
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> environment = new HashMap<>(extraEnvironment);
    environment.putIfAbsent("GENKIT_REFLECTION_PORT", "0");
    return new Reflection(DevMode.start(registry, ActionSchemas.NONE, InputValidator.none(), environment, project));
  }

  static String host(InetAddress address) {
    return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String pathAndQuery, String body) {
    return send(postRequest(pathAndQuery, body), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> postForBytes(String pathAndQuery, String body) {
    return send(postRequest(pathAndQuery, body), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Completes as soon as the response headers arrive; the body is read from the stream as it comes. */
  CompletableFuture<HttpResponse<InputStream>> postAsync(String pathAndQuery, String body) {
    return http.sendAsync(postRequest(pathAndQuery, body), HttpResponse.BodyHandlers.ofInputStream());
  }

  private HttpRequest postRequest(String pathAndQuery, String body) {
    return request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build();
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT);
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  @Override
  public void close() {
    dev.close();
  }
}
