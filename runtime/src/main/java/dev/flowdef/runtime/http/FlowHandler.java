package dev.flowdef.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.Warmup;
import dev.flowdef.runtime.json.GeneratedCodecs;
import dev.flowdef.runtime.json.JdkTypes;
import dev.flowdef.runtime.schema.FlowManifest;
import dev.flowdef.runtime.schema.SchemaInputValidator;
import dev.flowdef.runtime.validation.InputValidator;
import dev.flowdef.runtime.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Genkit's flow protocol over HTTP, written once for every engine: {@code POST <prefix><flowName>} with
 * {@code {"data": input}} answers {@code {"result": output}}, or streams {@code data: {"message": chunk}} frames and
 * a terminal frame when the caller accepts {@code text/event-stream} or asks {@code ?stream=true}; every failure,
 * including requests that never reach a flow, is a JSON {@code {"error": {"status", "message", "details"?}}}. The
 * embedded {@link FlowServer} and the Servlet adapter both hand it their requests as {@link Exchange}s.
 */
public final class FlowHandler {
  private static final System.Logger LOG = System.getLogger(FlowHandler.class.getName());

  /** Where the merged manifest of the flows served is published. */
  public static final String MANIFEST_PATH = "/.well-known/flowdef/flows.json";

  private final ObjectMapper mapper;
  /** By path: the prefix and the flow's name. */
  private final Map<String, FlowEndpoint> endpoints;
  private final String pathPrefix;
  private final RequestBodies bodies;
  private final Envelopes envelopes;
  private final List<ContextProvider> contextProviders;
  private final Map<String, List<ContextProvider>> flowContextProviders;
  private final CorsPolicy cors;
  private final InputValidator validator;
  private final byte[] manifest;
  private final CallsInProgress calls = new CallsInProgress();
  private final Object callEnded = new Object();
  private volatile boolean stopping;

  private FlowHandler(Builder builder) {
    this.mapper = builder.mapper != null ? builder.mapper : defaultMapper(builder.registry);
    FlowManifest published = FlowManifest.of(builder.registry);
    Map<String, FlowEndpoint> byName = new LinkedHashMap<>();
    for (Flow<?, ?, ?> flow : builder.registry.flows()) {
      byName.put(flow.name(), new FlowEndpoint(flow.withDefaultTimeout(builder.timeout), mapper, published));
    }
    this.pathPrefix = builder.pathPrefix;
    Map<String, FlowEndpoint> byPath = new LinkedHashMap<>();
    byName.forEach((name, endpoint) -> byPath.put(pathPrefix + name, endpoint));
    this.endpoints = Map.copyOf(byPath);
    this.bodies = new RequestBodies(mapper, builder.maxBodyBytes, builder.maxJsonDepth);
    this.envelopes = new Envelopes(mapper);
    this.contextProviders = List.copyOf(builder.contextProviders);
    this.flowContextProviders = flowContextProviders(builder.flowContextProviders, byName.keySet());
    this.cors = builder.corsOrigins.isEmpty() ? CorsPolicy.OFF : CorsPolicy.allowing(builder.corsOrigins);
    this.validator = builder.validator != null
        ? builder.validator
        : SchemaInputValidator.of(published).compileInBackground();
    try {
      this.manifest = mapper.writeValueAsBytes(published.json());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<FlowEndpoint> toPrepare = List.copyOf(byName.values());
    Warmup.inBackground("endpoints", () -> {
      for (FlowEndpoint endpoint : toPrepare) {
        try {
          endpoint.prepare();
        } catch (RuntimeException e) {
          // the flow's first call fails with this error, and answers why; the others are still prepared
        }
      }
    });
  }

  /**
   * The mapper flows are served with unless the application gives its own: it ignores unknown input properties, as
   * Genkit's schemas do, refuses a fraction for an integer rather than truncating it, writes characters outside the
   * BMP as UTF-8 rather than escaped surrogate pairs, and reads and writes the flows' records and enums with the
   * codecs the processor generated for them ({@link GeneratedCodecs}), without reflection.
   */
  static ObjectMapper defaultMapper(FlowRegistry registry) {
    // Jackson's default buffer pool is per thread, which a virtual thread per request never reuses: 8 KiB of fresh
    // buffers per request, half of what a call allocated; a shared pool serves them. Below JDK 21 requests run on
    // pooled platform threads, which reuse their own buffers without the shared pool's synchronization.
    RecyclerPool<BufferRecycler> buffers = Runtime.version().feature() >= 21
        ? JsonBuffers.SHARED
        : JsonRecyclerPools.threadLocalPool();
    return JdkTypes.configure(JsonMapper.builder(JsonFactory.builder().recyclerPool(buffers).build()))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 0.9 is not an int, nor is 1e-999 rounded to 0
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8) // emoji as UTF-8, as JSON.stringify does
        .addModule(GeneratedCodecs.of(registry.jsonCodecs()))
        .build();
  }

  public static Builder builder(FlowRegistry registry) {
    return new Builder(registry);
  }

  /** The mapper inputs, outputs and chunks are read and written with. */
  public ObjectMapper objectMapper() {
    return mapper;
  }

  /** The path every flow's URL starts with: {@code /} by default, else for example {@code /api/}. */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** Answers one request. Never throws: failures become JSON errors, or are logged once the response has started. */
  public void handle(Exchange exchange) {
    try {
      serve(exchange);
    } catch (RequestRefused refused) {
      refuse(exchange, refused);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "Client went away during " + exchange.method() + " " + exchange.path(), e);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, () -> "Request " + exchange.method() + " " + exchange.path() + " failed", e);
      refuse(exchange, new RequestRefused(FlowStatus.INTERNAL, "Internal Error", null));
    }
  }

  /**
   * Stops serving: new calls get 503 {@code UNAVAILABLE}, calls in progress get up to {@code grace} to finish, and
   * those still running then are cancelled, a stream ending with an {@code UNAVAILABLE} error frame.
   */
  public void shutDown(Duration grace) {
    synchronized (callEnded) {
      if (stopping) {
        return; // stopped already (a servlet container destroying a servlet its application stopped, say)
      }
      stopping = true;
    }
    awaitNoCalls(grace);
    calls.snapshot().forEach(FlowCall::shutDown);
    awaitNoCalls(Duration.ofSeconds(2));
  }

  /** How many calls are running now: for tests that check a server lets go of every call. */
  int callsInProgress() {
    return calls.size();
  }

  private void serve(Exchange exchange) throws IOException {
    if (cors.apply(exchange)) {
      return;
    }
    if (exchange.method().equals("GET") && exchange.path().equals(MANIFEST_PATH)) {
      exchange.setHeader("Content-Type", "application/json");
      exchange.respond(200, manifest); // the schemas of every flow served here, for clients and their generators
      return;
    }
    FlowEndpoint endpoint = route(exchange.path());
    if (!exchange.method().equals("POST")) {
      throw new RequestRefused(
          405, FlowStatus.UNIMPLEMENTED, "Method " + exchange.method() + " is not allowed: call a flow with POST",
          null, Map.of("Allow", cors.allowedMethods()));
    }
    if (stopping) {
      throw new RequestRefused(FlowStatus.UNAVAILABLE, "The server is shutting down", null);
    }
    RequestBodies.checkContentType(exchange.header("Content-Type"));
    JsonNode data = bodies.data(bodies.read(exchange), endpoint.descriptor().takesInput(), endpoint.flow().name());
    Map<String, Object> requestContext = requestContext(exchange, endpoint.flow().name(), data);
    validate(endpoint, data);
    Object input = RequestBodies.decode(endpoint, data);
    FlowCall call = new FlowCall(endpoint, exchange, envelopes);
    calls.add(call);
    try {
      call.run(input, requestContext, wantsStream(exchange));
    } finally {
      calls.remove(call);
      if (stopping) { // only a stopping server waits for calls to end: no lock shared by every call otherwise
        synchronized (callEnded) {
          callEnded.notifyAll();
        }
      }
    }
  }

  private FlowEndpoint route(String path) {
    FlowEndpoint endpoint = endpoints.get(path);
    if (endpoint == null) {
      throw new RequestRefused(FlowStatus.NOT_FOUND, "No flow at " + path, null);
    }
    return endpoint;
  }

  private static boolean wantsStream(Exchange exchange) {
    String accept = exchange.header("Accept");
    if (accept != null && containsIgnoringCase(accept, "text/event-stream")) {
      return true;
    }
    String query = exchange.query();
    return query != null && List.of(query.split("&")).contains("stream=true");
  }

  private static boolean containsIgnoringCase(String text, String part) {
    for (int at = 0; at + part.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /** The request context from the server's providers, then the flow's own, later keys winning. */
  private Map<String, Object> requestContext(Exchange exchange, String flowName, JsonNode data) {
    List<ContextProvider> forFlow = flowContextProviders.getOrDefault(flowName, List.of());
    if (contextProviders.isEmpty() && forFlow.isEmpty()) {
      return Map.of();
    }
    RequestData request = new RequestData(exchange.method(), exchange.headers(), data);
    Map<String, Object> context = new LinkedHashMap<>();
    List<ContextProvider> providers = new ArrayList<>(contextProviders);
    providers.addAll(forFlow);
    for (ContextProvider provider : providers) {
      Map<String, Object> provided;
      try {
        provided = provider.provide(request);
      } catch (FlowException e) {
        throw new RequestRefused(e.status(), e.getMessage(), e.details());
      }
      if (provided != null) {
        provided.forEach((key, value) -> {
          if (key != null && value != null) {
            context.put(key, value);
          }
        });
      }
    }
    return context;
  }

  /** The per-flow providers, each naming a flow served here: a misspelt name would leave a flow unguarded. */
  private static Map<String, List<ContextProvider>> flowContextProviders(
      Map<String, List<ContextProvider>> byFlow, Set<String> served) {
    for (String name : byFlow.keySet()) {
      if (!served.contains(name)) {
        throw new IllegalArgumentException("A context provider is set for flow '" + name
            + "', which is not registered; the flows served are " + new TreeSet<>(served));
      }
    }
    Map<String, List<ContextProvider>> copy = new LinkedHashMap<>();
    byFlow.forEach((name, providers) -> copy.put(name, List.copyOf(providers)));
    return Map.copyOf(copy);
  }

  private void validate(FlowEndpoint endpoint, JsonNode data) {
    List<Violation> violations = validator.validate(endpoint.descriptor(), data);
    if (violations.isEmpty()) {
      return;
    }
    String listed = violations.stream().map(v -> v.path() + ": " + v.message()).collect(Collectors.joining("; "));
    throw new RequestRefused(
        FlowStatus.INVALID_ARGUMENT,
        "Input of flow '" + endpoint.flow().name() + "' is invalid: " + listed,
        Map.of("errors", violations));
  }

  private void refuse(Exchange exchange, RequestRefused refused) {
    refused.headers().forEach(exchange::setHeader);
    exchange.setHeader("Content-Type", "application/json");
    // A refused request may have left bytes unread or be the first of a pipeline gone wrong (a lying
    // Content-Length): the connection's next bytes cannot be trusted to start a request, so it ends here.
    exchange.setHeader("Connection", "close");
    try {
      exchange.respond(
          refused.httpStatus(), envelopes.error(refused.status(), refused.getMessage(), refused.details(), false));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, () -> "Could not answer " + refused.status() + " (response already started?)", e);
    }
  }

  private void awaitNoCalls(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (callEnded) {
      for (long left = timeout.toMillis(); !calls.isEmpty() && left > 0;
          left = (deadline - System.nanoTime()) / 1_000_000) {
        try {
          callEnded.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Options of the protocol, the same whichever engine serves it. */
  public static final class Builder {
    private final FlowRegistry registry;
    private String pathPrefix = "/";
    private long maxBodyBytes = 1 << 20;
    private int maxJsonDepth = 64;
    private Duration timeout;
    private final List<ContextProvider> contextProviders = new ArrayList<>();
    private final Map<String, List<ContextProvider>> flowContextProviders = new LinkedHashMap<>();
    private List<String> corsOrigins = List.of();
    private InputValidator validator;
    private ObjectMapper mapper; // null: defaultMapper(registry)

    private Builder(FlowRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Serves flows under {@code prefix} ({@code "/api"} gives {@code POST /api/menuSuggestion}); none by default. */
    public Builder pathPrefix(String prefix) {
      String trimmed = Objects.requireNonNull(prefix, "prefix").replaceAll("^/+|/+$", "");
      this.pathPrefix = trimmed.isEmpty() ? "/" : "/" + trimmed + "/";
      return this;
    }

    /** The largest request body accepted, in bytes; larger ones get 413. 1 MiB by default. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes < 0) {
        throw new IllegalArgumentException("maxBodyBytes must not be negative: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * How deeply a request's JSON may nest (objects and arrays, the envelope included) before it is refused with
     * 400 {@code INVALID_ARGUMENT}: deep nesting costs the parser, the validator and the decoder stack and time for
     * nothing a real input needs. 64 by default.
     */
    public Builder maxJsonDepth(int maxJsonDepth) {
      if (maxJsonDepth < 2) {
        throw new IllegalArgumentException("maxJsonDepth must leave room for {\"data\": ...}: " + maxJsonDepth);
      }
      this.maxJsonDepth = maxJsonDepth;
      return this;
    }

    /**
     * How long a call may run before it ends with {@code DEADLINE_EXCEEDED} (HTTP 504, or a stream's error frame),
     * for flows without a timeout of their own ({@code @FlowDef(timeout = "...")}, which wins); none by default.
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("a timeout must be positive, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Adds a provider of the request context, run before every flow in the order added. */
    public Builder contextProvider(ContextProvider provider) {
      contextProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Adds a provider of the request context for one flow only, as Genkit's {@code expressHandler(flow,
     * {contextProvider})}: it runs after the providers for every flow, its keys winning. Building the handler fails
     * when no flow of that name is registered.
     */
    public Builder contextProvider(String flowName, ContextProvider provider) {
      Objects.requireNonNull(flowName, "flowName");
      flowContextProviders.computeIfAbsent(flowName, name -> new ArrayList<>())
          .add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** Lets browser pages from these origins call the flows ({@code "*"} for any); CORS is off by default. */
    public Builder corsOrigins(String... origins) {
      this.corsOrigins = List.of(origins);
      return this;
    }

    /**
     * Checks every input before it is decoded; by default against the schemas the flow manifests on the class path
     * publish ({@link SchemaInputValidator}), and {@link InputValidator#none()} turns checking off.
     */
    public Builder validator(InputValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The Jackson mapper for inputs, outputs and chunks, for applications with their own modules, used as it is.
     * The default one ignores unknown input properties, as Genkit's schemas do, refuses a fraction for an integer
     * rather than truncating it, writes characters outside the BMP as UTF-8 rather than escaped surrogate pairs, and
     * uses the codecs the processor generated; {@link FlowRegistry#jsonCodecs()} has them, to register on another
     * mapper as a {@link GeneratedCodecs} module.
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    public FlowHandler build() {
      return new FlowHandler(this);
    }
  }
}
