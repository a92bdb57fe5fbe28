package dev.flowdef.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a request body into a flow's input, refusing what the protocol refuses: a content type that is not JSON
 * (415), a body over the limit (413), malformed JSON (invalid UTF-8, a key twice in one object, trailing data, JSON
 * nested deeper than the limit, a number longer than Jackson's limit), a body that is not {@code {"data": ...}} when
 * the flow takes input, and data that does not fit the input type (400).
 */
final class RequestBodies {
  private static final System.Logger LOG = System.getLogger(RequestBodies.class.getName());
  /** A qualified Java type name, {@code java.util.List} or {@code com.example.Outer$Inner}, and its simple name. */
  private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+(?:[\\w]+\\$)*([A-Z][\\w]*)");

  private final JsonFactory strictJson;
  private final ObjectReader envelopeReader;
  private final long maxBytes;
  private final int maxDepth;

  RequestBodies(ObjectMapper mapper, long maxBytes, int maxDepth) {
    // A duplicate key is refused rather than letting the last one win silently: two parsers (a proxy's, a
    // validator's, ours) that disagree on which one counts are how a checked value gets swapped for an unchecked one.
    // A rebuilt factory has Jackson's default buffer pool, per thread, which a virtual thread per request never
    // reuses: the mapper's own pool is carried over.
    JsonFactory json = mapper.getFactory();
    this.strictJson = json.rebuild()
        .streamReadConstraints(json.streamReadConstraints().rebuild().maxNestingDepth(maxDepth).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .recyclerPool(json._getRecyclerPool())
        .build();
    this.envelopeReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
  }

  /** Accepts a JSON media type ({@code application/json}, {@code application/*+json}) or none at all. */
  static void checkContentType(String contentType) {
    if (contentType == null || contentType.equalsIgnoreCase("application/json")) {
      return; // most requests: no copies of the header to find out
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    boolean json = mediaType.equals("application/json")
        || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    if (!json) {
      throw new RequestRefused(
          415, FlowStatus.INVALID_ARGUMENT,
          "Unsupported Content-Type '" + contentType + "': send application/json", null, Map.of());
    }
  }

  /**
   * The whole body, refused with 413 as soon as it is known to exceed the limit. A declared length is read into an
   * array of that size at once: the common case costs one allocation, not a copy buffer and a growing one.
   */
  byte[] read(Exchange exchange) throws IOException {
    long declared = exchange.contentLength();
    if (declared > maxBytes) {
      throw tooLarge();
    }
    try (InputStream in = exchange.requestBody()) {
      if (declared >= 0) {
        return in.readNBytes((int) declared); // the engine's stream ends at the declared length
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream(256);
      byte[] buffer = new byte[1024];
      for (int n; (n = in.read(buffer)) != -1; ) {
        if (body.size() + (long) n > maxBytes) {
          throw tooLarge();
        }
        body.write(buffer, 0, n);
      }
      return body.toByteArray();
    } catch (IOException e) {
      // Most often a body cut short of its Content-Length: answered (if the client still listens), so no engine
      // fills the silence with a default 200.
      throw new RequestRefused(FlowStatus.INVALID_ARGUMENT, "The request body could not be read to its end", null);
    }
  }

  /**
   * The {@code data} of a {@code {"data": ...}} body (other keys are ignored), or {@code null} when there is none,
   * which only a flow without input accepts.
   */
  JsonNode data(byte[] body, boolean flowTakesInput, String flowName) {
    JsonNode data = null;
    if (body.length > 0) {
      JsonNode envelope;
      try {
        envelope = envelopeReader.readTree(strictJson.createParser(body));
      } catch (StreamConstraintsException e) {
        throw new RequestRefused(FlowStatus.INVALID_ARGUMENT, e.getMessage().contains("nesting depth")
            ? "The request body's JSON nests deeper than the limit of " + maxDepth + " levels"
            : "The request body's JSON exceeds a limit: " + reason(e), null);
      } catch (IOException e) {
        throw new RequestRefused(FlowStatus.INVALID_ARGUMENT, "Malformed JSON in the request body: " + reason(e), null);
      }
      if (envelope == null || !envelope.isObject()) {
        throw missingData(flowName);
      }
      data = envelope.get("data");
      if (data != null && data.isNull()) {
        data = null;
      }
    }
    if (data == null && flowTakesInput) {
      throw missingData(flowName);
    }
    return data;
  }

  /** The flow's input decoded from {@code data} with the flow's own reader; {@code null} for a flow without input. */
  static Object decode(FlowEndpoint endpoint, JsonNode data) {
    if (!endpoint.descriptor().takesInput()) {
      return null;
    }
    try {
      return endpoint.input().readValue(data);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException("Jackson cannot read input type " + endpoint.descriptor().inputType(), e);
    } catch (JsonMappingException e) {
      String path = path(e.getPath());
      String message = e instanceof ValueInstantiationException ? refusedByConstructor(e) : reason(e);
      throw new RequestRefused(
          FlowStatus.INVALID_ARGUMENT,
          "Input of flow '" + endpoint.descriptor().name() + "' does not fit its type: " + path + ": " + message,
          Map.of("errors", List.of(new Violation(path, message))));
    } catch (IOException e) {
      throw new RequestRefused(FlowStatus.INVALID_ARGUMENT, "Unreadable input: " + reason(e), null);
    } catch (RuntimeException e) {
      // Jackson lets a few conversions fail unchecked (an infinite number into a BigInteger, say): still bad input.
      LOG.log(System.Logger.Level.DEBUG, "Input of flow ''{0}'' could not be decoded", endpoint.descriptor().name());
      throw new RequestRefused(FlowStatus.INVALID_ARGUMENT,
          "Input of flow '" + endpoint.descriptor().name() + "' does not fit its type", null);
    }
  }

  /**
   * The text of a value's constructor refusing it, which is the flow author's and may say more than a caller should
   * read: only a {@link FlowException}'s message, which is meant for the caller, goes back.
   */
  private static String refusedByConstructor(JsonMappingException e) {
    return e.getCause() instanceof FlowException refusal ? refusal.getMessage() : "the value was refused by its type";
  }

  private RequestRefused tooLarge() {
    return new RequestRefused(
        413, FlowStatus.RESOURCE_EXHAUSTED, "Request body is larger than the limit of " + maxBytes + " bytes",
        null, Map.of());
  }

  private static RequestRefused missingData(String flowName) {
    return new RequestRefused(
        FlowStatus.INVALID_ARGUMENT,
        "Request body must be a JSON object with a 'data' field holding the input of flow '" + flowName + "'", null);
  }

  /**
   * Jackson's message, without the source excerpt and location it appends, and with Java's qualified type names cut
   * to their simple names ({@code ArrayList<String>}): a caller learns what is wrong with the input, not how the
   * server is built. Other exceptions are not named at all.
   */
  static String reason(IOException e) {
    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage()
        : e instanceof CharConversionException ? "invalid characters (" + e.getMessage() + ")"
        : null;
    return message == null ? "unreadable input" : JAVA_NAME.matcher(message).replaceAll("$1");
  }

  /** {@code menu.0.name} for Jackson's path, {@code (root)} for the whole input, as Genkit writes paths. */
  private static String path(List<JsonMappingException.Reference> references) {
    String path =
        references.stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "(root)" : path;
  }
}
