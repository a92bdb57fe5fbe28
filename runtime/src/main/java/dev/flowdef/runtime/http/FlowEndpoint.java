package dev.flowdef.runtime.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;

/**
 * A flow ready to serve: its Jackson reader for the input and writers for the output and chunks, resolved once from
 * the descriptor's types when the handler is built, so no request looks a type up or reflects over a class; and
 * whether it may answer a {@code null} output (its output schema allows it, or it has no output).
 */
record FlowEndpoint(
    Flow<Object, Object, Object> flow, ObjectReader input, ObjectWriter output, ObjectWriter chunk,
    boolean nullOutputAllowed) {

  @SuppressWarnings("unchecked") // the reader and writers are built from the same descriptor's types
  static FlowEndpoint of(Flow<?, ?, ?> flow, ObjectMapper mapper, boolean nullOutputAllowed) {
    FlowDescriptor<?, ?, ?> descriptor = flow.descriptor();
    JavaType input = mapper.constructType(descriptor.inputType());
    JavaType output = mapper.constructType(descriptor.outputType());
    JavaType chunk = mapper.constructType(descriptor.chunkType());
    return new FlowEndpoint(
        (Flow<Object, Object, Object>) flow,
        mapper.readerFor(input),
        mapper.writerFor(output),
        mapper.writerFor(chunk),
        nullOutputAllowed || descriptor.outputType() == Void.class);
  }

  FlowDescriptor<Object, Object, Object> descriptor() {
    return flow.descriptor();
  }
}
