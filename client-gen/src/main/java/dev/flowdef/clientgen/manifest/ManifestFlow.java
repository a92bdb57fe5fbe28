package dev.flowdef.clientgen.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One flow as the manifest describes it: where it is served, what it does, whether it streams, and the JSON Schemas
 * of its input, output and chunks (absent where the flow has none).
 *
 * @param name the flow's name, a URL path segment
 * @param path the flow's path under the service's base URL, {@code /<name>}
 * @param description what the flow does, or empty
 * @param streams whether the flow sends chunks before its output
 * @param inputSchema the schema of the input, if the flow takes one
 * @param outputSchema the schema of the output, if the flow returns one
 * @param chunkSchema the schema of the chunks, if the flow streams
 */
public record ManifestFlow(
    String name,
    String path,
    String description,
    boolean streams,
    Optional<JsonNode> inputSchema,
    Optional<JsonNode> outputSchema,
    Optional<JsonNode> chunkSchema) {}
