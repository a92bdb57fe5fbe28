package dev.flowdef.clientgen.model;

import java.util.Optional;

/**
 * A flow as a client calls it: its name and path, what it does, whether it streams, and the shapes of its input,
 * output and chunks (absent where it has none).
 *
 * @param name the flow's name
 * @param path the flow's path under the service's base URL, without the leading slash
 * @param description what the flow does, or empty
 * @param streams whether the flow sends chunks
 * @param input the input's shape, if it takes one
 * @param output the output's shape, if it returns one
 * @param chunk the chunks' shape, if it streams and declares one
 */
public record FlowModel(
    String name,
    String path,
    String description,
    boolean streams,
    Optional<Shape> input,
    Optional<Shape> output,
    Optional<Shape> chunk) {}
