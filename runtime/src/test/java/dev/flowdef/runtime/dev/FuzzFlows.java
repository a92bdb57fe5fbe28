package dev.flowdef.runtime.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowException;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowStatus;
import dev.flowdef.runtime.Types;
import dev.flowdef.runtime.http.FlowHandler;
import dev.flowdef.runtime.schema.FlowManifest;
import dev.flowdef.runtime.schema.SchemaInputValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The flows the fuzzer calls through {@link FlowHandler}: inputs of every kind the decoder meets (records, nested and
 * recursive, lists, maps, enums, big numbers, optionals, raw JSON), validated against the schemas of
 * {@code fuzz-flows.json}; streaming flows that send what they were given, so the SSE writer sees any string; and a
 * flow that fails with the status, message and details it is sent.
 */
final class FuzzFlows {
  enum Size { SMALL, LARGE }

  record Order(String dish, int quantity, List<String> extras, Map<String, Long> notes, Size size, BigDecimal price,
      Optional<String> comment) {}

  record Node(String name, List<Node> children) {}

  record Failure(String status, String message, JsonNode details) {}

  static final List<String> NAMES = List.of("order", "tree", "sum", "big", "echoJson", "chunks", "fail", "nope");

  private FuzzFlows() {}

  static FlowHandler handler() {
    FlowRegistry registry = FlowRegistry.builder()
        .register(Flow.of(new FlowDescriptor<Order, Order, Void>("order", "", Order.class, Order.class, Void.class),
            (in, ctx) -> done(in)))
        .register(Flow.of(new FlowDescriptor<Node, Integer, Void>("tree", "", Node.class, Integer.class, Void.class),
            (in, ctx) -> done(count(in))))
        .register(Flow.of(new FlowDescriptor<List<Long>, Long, Void>("sum", "", Types.parameterized(List.class, Long.class), Long.class,
            Void.class), (in, ctx) -> done(in.stream().mapToLong(n -> n == null ? 0 : n).sum())))
        .register(Flow.of(new FlowDescriptor<BigInteger, String, Void>("big", "", BigInteger.class, String.class, Void.class),
            (in, ctx) -> done(in.toString(16))))
        .register(Flow.of(new FlowDescriptor<JsonNode, JsonNode, JsonNode>("echoJson", "", JsonNode.class, JsonNode.class, JsonNode.class),
            (in, ctx) -> {
              ctx.sendChunk(in);
              return done(in);
            }))
        .register(Flow.of(new FlowDescriptor<List<String>, Integer, String>("chunks", "", Types.parameterized(List.class, String.class),
            Integer.class, String.class), (in, ctx) -> {
              in.forEach(chunk -> ctx.sendChunk(chunk == null ? "" : chunk));
              return done(in.size());
            }))
        .register(Flow.of(new FlowDescriptor<Failure, String, Void>("fail", "", Failure.class, String.class, Void.class),
            (in, ctx) -> {
              throw new FlowException(FlowStatus.valueOf(String.valueOf(in.status())), in.message(), in.details());
            }))
        .build();
    return FlowHandler.builder(registry).validator(SchemaInputValidator.of(manifest())).build();
  }

  private static FlowManifest manifest() {
    try (InputStream in = FuzzFlows.class.getResourceAsStream("fuzz-flows.json")) {
      return FlowManifest.merge(List.of(new ObjectMapper().readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(Node node) {
    int total = 1;
    for (Node child : node.children() == null ? List.<Node>of() : node.children()) {
      total += child == null ? 0 : count(child);
    }
    return total;
  }

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
