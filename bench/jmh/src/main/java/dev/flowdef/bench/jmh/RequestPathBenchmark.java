package dev.flowdef.bench.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowdef.examples.menu.MenuFlows_Flows;
import dev.flowdef.examples.menu.MenuItem;
import dev.flowdef.examples.menu.MenuSuggestionInput;
import dev.flowdef.runtime.Cancellation;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowHandler;
import dev.flowdef.runtime.schema.FlowManifest;
import dev.flowdef.runtime.schema.SchemaInputValidator;
import dev.flowdef.runtime.validation.InputValidator;
import dev.flowdef.runtime.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The request path of the echo-like flow {@code menuSuggestion}, stage by stage as {@code FlowHandler} runs it
 * (decode the envelope and the input, validate against the schema, invoke with tracing, encode the result), and
 * whole, through {@code FlowHandler.handle} with validation on (as shipped) and off.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RequestPathBenchmark {
  private static final byte[] BODY = "{\"data\":{\"theme\":\"bistro\"}}".getBytes(StandardCharsets.UTF_8);

  private ObjectReader envelopeReader;
  private ObjectReader inputReader;
  private ObjectWriter outputWriter;
  private ObjectMapper mapper;
  private InputValidator validator;
  private Flow<MenuSuggestionInput, MenuItem, Void> flow;
  private JsonNode data;
  private MenuSuggestionInput input;
  private MenuItem output;
  private FlowHandler handler;
  private FlowHandler unvalidated;

  @Setup
  public void setUp() throws IOException {
    mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    envelopeReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    inputReader = mapper.readerFor(MenuSuggestionInput.class);
    outputWriter = mapper.writerFor(MenuItem.class);
    FlowRegistry registry = FlowRegistry.discover();
    flow = registry.flow(MenuFlows_Flows.MENU_SUGGESTION);
    validator = SchemaInputValidator.of(FlowManifest.load());
    data = envelopeReader.readTree(BODY).get("data");
    input = inputReader.readValue(data);
    output = flow.run(input);
    handler = FlowHandler.builder(registry).build();
    unvalidated = FlowHandler.builder(registry).validator(InputValidator.none()).build();
  }

  @Benchmark
  public MenuSuggestionInput decode() throws IOException {
    return inputReader.readValue(envelopeReader.readTree(BODY).get("data"));
  }

  @Benchmark
  public List<Violation> validate() {
    return validator.validate(flow.descriptor(), data);
  }

  @Benchmark
  public MenuItem invoke() {
    return flow.invoke(input, Map.of(), null, new Cancellation()).join();
  }

  @Benchmark
  public byte[] encode() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (JsonGenerator json = mapper.getFactory().createGenerator(bytes)) {
      json.writeStartObject();
      json.writeFieldName("result");
      outputWriter.writeValue(json, output);
      json.writeEndObject();
    }
    return bytes.toByteArray();
  }

  @Benchmark
  public long handle() {
    MemoryExchange exchange = new MemoryExchange("/menuSuggestion", BODY, false);
    handler.handle(exchange);
    return exchange.bytesWritten;
  }

  @Benchmark
  public long handleWithoutValidation() {
    MemoryExchange exchange = new MemoryExchange("/menuSuggestion", BODY, false);
    unvalidated.handle(exchange);
    return exchange.bytesWritten;
  }
}
