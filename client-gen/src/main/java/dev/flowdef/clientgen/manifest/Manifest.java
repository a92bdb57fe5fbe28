package dev.flowdef.clientgen.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A flow manifest ({@code META-INF/flowdef/flows.json}, or what a service publishes at
 * {@code /.well-known/flowdef/flows.json}): the flows and the named schemas under {@code $defs} they refer to with
 * {@code {"$ref": "#/$defs/<id>"}}. Everything a client needs, and nothing about the Java classes behind it.
 */
public final class Manifest {
  private static final Pattern FLOW_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private final List<ManifestFlow> flows;
  private final Map<String, JsonNode> definitions;

  private Manifest(List<ManifestFlow> flows, Map<String, JsonNode> definitions) {
    this.flows = List.copyOf(flows);
    this.definitions = definitions;
  }

  /**
   * Reads a manifest from its JSON text.
   *
   * @throws IllegalArgumentException if the text is not a flow manifest
   */
  public static Manifest parse(String json) {
    JsonNode root;
    try {
      root = JsonTree.read(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON, so not a flow manifest: " + e.getOriginalMessage(), e);
    }
    return of(root);
  }

  /**
   * Reads a manifest held as plain values (maps, lists, strings, numbers, booleans), as the annotation processor
   * builds it, without writing its text to parse it again.
   *
   * @throws IllegalArgumentException if the values are not a flow manifest
   */
  public static Manifest of(Map<String, ?> manifest) {
    return of(JsonTree.of(manifest));
  }

  /**
   * Reads a manifest from its JSON tree.
   *
   * @throws IllegalArgumentException if the tree is not a flow manifest
   */
  public static Manifest of(JsonNode root) {
    if (root == null || !root.isObject() || !root.path("flows").isArray()) {
      throw new IllegalArgumentException("Not a flow manifest: it has no \"flows\" array");
    }
    List<ManifestFlow> flows = new ArrayList<>();
    for (JsonNode flow : root.get("flows")) {
      String name = flow.path("name").asText("");
      if (!FLOW_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "Not a flow name (a URL path segment [A-Za-z][A-Za-z0-9_-]*): '" + name + "'");
      }
      flows.add(new ManifestFlow(
          name,
          flow.path("path").asText("/" + name),
          flow.path("description").asText(""),
          flow.path("streams").asBoolean(false),
          schema(flow, "inputSchema"),
          schema(flow, "outputSchema"),
          schema(flow, "chunkSchema")));
    }
    Map<String, JsonNode> definitions = new LinkedHashMap<>();
    root.path("$defs").properties().forEach(entry -> definitions.put(entry.getKey(), entry.getValue()));
    return new Manifest(flows, definitions);
  }

  /** The flows, in the manifest's order (by name, as the processor writes them). */
  public List<ManifestFlow> flows() {
    return flows;
  }

  /** The named schemas, by id (a qualified Java name, for manifests the processor wrote). */
  public Map<String, JsonNode> definitions() {
    return definitions;
  }

  /** Only the flows named; the definitions stay, and generators keep only those the flows reach. */
  public Manifest select(Collection<String> names) {
    Set<String> wanted = Set.copyOf(names);
    return new Manifest(flows.stream().filter(flow -> wanted.contains(flow.name())).toList(), definitions);
  }

  private static Optional<JsonNode> schema(JsonNode flow, String key) {
    JsonNode schema = flow.get(key);
    return schema == null || schema.isNull() ? Optional.empty() : Optional.of(schema);
  }
}
