package dev.flowdef.runtime.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The JSON Schemas of one flow's input, output and chunks, each a standalone document (its {@code $schema}, and the
 * {@code $defs} it refers to), absent where the flow has none. Nodes are copies: callers may change them.
 *
 * @param name the flow's name
 * @param dialect the {@code $schema} of the documents: Draft 2020-12, or Draft-07 for a {@link #draft07()} rendering
 */
public record FlowSchemas(
    String name, String dialect, Optional<ObjectNode> input, Optional<ObjectNode> output, Optional<ObjectNode> chunk) {

  public FlowSchemas {
    input = input.map(ObjectNode::deepCopy);
    output = output.map(ObjectNode::deepCopy);
    chunk = chunk.map(ObjectNode::deepCopy);
  }

  @Override
  public Optional<ObjectNode> input() {
    return input.map(ObjectNode::deepCopy);
  }

  @Override
  public Optional<ObjectNode> output() {
    return output.map(ObjectNode::deepCopy);
  }

  @Override
  public Optional<ObjectNode> chunk() {
    return chunk.map(ObjectNode::deepCopy);
  }

  /**
   * The same schemas in Draft-07, which Genkit's Developer UI reads: {@code definitions} for {@code $defs}, and no
   * {@code null} in type unions, so its input forms show the plain type.
   */
  public FlowSchemas draft07() {
    if (dialect.equals(Draft07.DIALECT)) {
      return this;
    }
    return new FlowSchemas(name, Draft07.DIALECT, input.map(Draft07::render), output.map(Draft07::render),
        chunk.map(Draft07::render));
  }
}
