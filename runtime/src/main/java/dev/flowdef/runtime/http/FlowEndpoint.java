package dev.flowdef.runtime.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.schema.FlowManifest;
import dev.flowdef.runtime.schema.OutputSchemas;
import java.util.function.Supplier;

/**
 * A flow ready to serve: its Jackson reader for the input and writers for the output and chunks, and whether it may
 * answer a {@code null} output (its output schema allows it, or it has no output). Each is resolved at its first use
 * and kept, so no later request looks a type up or reflects over a class, and a server starts without paying for
 * flows not yet called, for chunks of flows that never stream, or for compiling output schemas to check a
 * {@code null} few flows return.
 */
final class FlowEndpoint {
  private final Flow<Object, Object, Object> flow;
  private final Supplier<ObjectReader> input;
  private final Supplier<ObjectWriter> output;
  private final Supplier<ObjectWriter> chunk;
  private final Supplier<Boolean> nullOutputAllowed;

  @SuppressWarnings("unchecked") // the reader and writers are built from the same descriptor's types
  FlowEndpoint(Flow<?, ?, ?> flow, ObjectMapper mapper, FlowManifest manifest) {
    this.flow = (Flow<Object, Object, Object>) flow;
    FlowDescriptor<?, ?, ?> descriptor = flow.descriptor();
    this.input = once(() -> mapper.readerFor(mapper.constructType(descriptor.inputType())));
    this.output = once(() -> mapper.writerFor(mapper.constructType(descriptor.outputType())));
    this.chunk = once(() -> mapper.writerFor(mapper.constructType(descriptor.chunkType())));
    // A flow the manifest does not describe may answer null only when it has no output at all.
    this.nullOutputAllowed = once(() -> descriptor.outputType() == Void.class
        || OutputSchemas.acceptsNull(manifest, flow.name()).orElse(false));
  }

  Flow<Object, Object, Object> flow() {
    return flow;
  }

  FlowDescriptor<Object, Object, Object> descriptor() {
    return flow.descriptor();
  }

  ObjectReader input() {
    return input.get();
  }

  ObjectWriter output() {
    return output.get();
  }

  ObjectWriter chunk() {
    return chunk.get();
  }

  boolean nullOutputAllowed() {
    return nullOutputAllowed.get();
  }

  /**
   * Resolves the reader and the writers a call will use now, which the server does in the background as it starts,
   * so its first calls need not: Jackson's first look at a record reflects over it and builds its codec.
   */
  void prepare() {
    input.get();
    output.get();
    if (flow.descriptor().chunkType() != Void.class) {
      chunk.get();
    }
  }

  /**
   * {@code compute}'s value, computed at the first call and kept; a call while it is being computed (a request
   * during the background preparation) waits for it rather than computing it again.
   */
  private static <T> Supplier<T> once(Supplier<T> compute) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T known = value;
        if (known == null) {
          synchronized (this) {
            known = value;
            if (known == null) {
              known = compute.get();
              value = known;
            }
          }
        }
        return known;
      }
    };
  }
}
