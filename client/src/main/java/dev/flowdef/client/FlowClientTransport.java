package dev.flowdef.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls flows over HTTP with Genkit's protocol, for generated clients: {@code POST} of {@code {"data": input}} to the
 * flow's path under the base URL, answered by {@code {"result": output}}, or by server-sent events when the call asks
 * for {@code text/event-stream}. Immutable and safe to share between threads.
 *
 * <p>A generated client gives each flow's types as a {@link Type}: a class literal, or the {@code Type} a
 * {@code TypeReference} captured for a parameterized one; the output and chunks are read as that type, which the
 * methods take their type variables to be. Call the flows through the generated client, which keeps them consistent.
 */
public final class FlowClientTransport {
  private final HttpClient http;
  private final URI baseUri;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final ObjectMapper mapper;

  /**
   * A transport; generated clients get theirs from a {@link FlowClientBuilder}.
   *
   * @param http the client to send calls with ({@link #defaultHttpClient()} if in doubt)
   * @param baseUri the service's URL, under which each flow has its path
   * @param headers the headers of every call
   * @param timeout the default timeout of a call, or {@code null} for none
   * @param mapper the Jackson mapper for inputs, outputs and chunks ({@link #defaultMapper()} if in doubt)
   */
  public FlowClientTransport(HttpClient http, URI baseUri, Map<String, String> headers, Duration timeout,
      ObjectMapper mapper) {
    this.http = http;
    // a flow's path resolves under the base URL only if that ends with a slash
    this.baseUri = baseUri.toString().endsWith("/") ? baseUri : URI.create(baseUri + "/");
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
    this.mapper = mapper;
  }

  /** HTTP/1.1, as Genkit's servers speak it, so no upgrade is attempted; a 10 s connect timeout. */
  public static HttpClient defaultHttpClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Jackson with the modules on the class path (for {@code java.time} and {@code Optional}), dates as ISO-8601 text,
   * and properties the client does not know ignored, so a service can add them.
   */
  public static ObjectMapper defaultMapper() {
    return JsonMapper.builder()
        .findAndAddModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .build();
  }

  /**
   * This transport with {@code options} over its defaults: their headers replace defaults of the same name, and their
   * timeout, if they have one, the default timeout.
   */
  public FlowClientTransport withOptions(FlowCallOptions options) {
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(options.headers());
    return new FlowClientTransport(http, baseUri, merged, options.timeout().orElse(timeout), mapper);
  }

  /**
   * Runs the flow at {@code path} and returns its output.
   *
   * @param inputType the input's declared type, or {@code null} if the flow takes none
   * @param outputType the output's type, {@code O}, or {@code null} if the flow returns none
   * @throws FlowClientException if the call fails
   */
  public <O> O call(String path, Type inputType, Object input, Type outputType) {
    HttpResponse<InputStream> response = send(request(path, inputType, input, false));
    byte[] body = readBody(response);
    if (response.statusCode() != 200) {
      throw FlowClientException.fromResponse(response.statusCode(), body, mapper);
    }
    try {
      JsonNode envelope = mapper.readTree(body);
      if (envelope.path("error").isObject()) {
        throw FlowClientException.fromError(envelope.get("error"), 200);
      }
      JsonNode result = envelope.get("result");
      if (outputType == null || result == null) {
        return null;
      }
      return mapper.readerFor(mapper.constructType(outputType)).readValue(result);
    } catch (IOException e) {
      throw new FlowClientException("UNKNOWN",
          "The service answered with something other than the flow's output: " + e.getMessage(), null, 200, e);
    }
  }

  /**
   * Runs the flow at {@code path}, streaming: returns once the response's headers arrive.
   *
   * @param inputType the input's declared type, or {@code null} if the flow takes none
   * @param chunkType the chunks' type, {@code C}
   * @param outputType the output's type, {@code O}, or {@code null} if the flow returns none
   * @throws FlowClientException if the call fails before it streams
   */
  public <C, O> FlowClientStream<C, O> stream(String path, Type inputType, Object input, Type chunkType,
      Type outputType) {
    HttpResponse<InputStream> response = send(request(path, inputType, input, true));
    if (response.statusCode() != 200) {
      throw FlowClientException.fromResponse(response.statusCode(), readBody(response), mapper);
    }
    JavaType output = outputType == null ? null : mapper.constructType(outputType);
    return new FlowClientStream<>(response.body(), mapper, mapper.constructType(chunkType), output);
  }

  private HttpRequest request(String path, Type inputType, Object input, boolean streaming) {
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(envelope(inputType, input)));
    if (streaming) {
      request.header("Accept", "text/event-stream");
    }
    if (timeout != null) {
      request.timeout(timeout);
    }
    headers.forEach(request::setHeader);
    return request.build();
  }

  /** {@code {"data": input}}, the input written as its declared type; {@code {}} for no input. */
  private byte[] envelope(Type inputType, Object input) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = mapper.createGenerator(bytes)) {
      json.writeStartObject();
      if (inputType != null) {
        json.writeFieldName("data");
        mapper.writerFor(mapper.constructType(inputType)).writeValue(json, input);
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new FlowClientException("INVALID_ARGUMENT", "The input could not be written as JSON: " + e.getMessage(),
          null, 0, e);
    }
    return bytes.toByteArray();
  }

  private HttpResponse<InputStream> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FlowClientException("DEADLINE_EXCEEDED", "No answer from " + request.uri() + " in time", null, 0, e);
    } catch (IOException e) {
      throw new FlowClientException("UNAVAILABLE", "Could not call " + request.uri() + ": " + e, null, 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FlowClientException("CANCELLED", "Interrupted while calling " + request.uri(), null, 0, e);
    }
  }

  private static byte[] readBody(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new FlowClientException("UNAVAILABLE", "The response broke off: " + e, null, response.statusCode(), e);
    }
  }
}
