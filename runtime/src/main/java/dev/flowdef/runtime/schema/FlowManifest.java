package dev.flowdef.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The flow manifests the processor wrote ({@code META-INF/flowdef/flows.json} in every jar and class folder), merged:
 * each flow's name, path, description, whether it streams, and its schemas. Transports serve it (for example at
 * {@code GET /.well-known/flowdef/flows.json}), and validate inputs against it. Immutable, so threads can share it.
 *
 * <pre>{@code
 * FlowManifest manifest = FlowManifest.load().select(registry.flows().stream().map(Flow::name).toList());
 * JsonNode published = manifest.json();
 * }</pre>
 */
public final class FlowManifest {
  public static final String RESOURCE = "META-INF/flowdef/flows.json";
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, ObjectNode> flows;
  private final ObjectNode definitions;

  private FlowManifest(Map<String, ObjectNode> flows, ObjectNode definitions) {
    this.flows = flows;
    this.definitions = definitions;
  }

  /**
   * The manifest of the flows {@code registry} serves: what the processor published for them, and for flows defined
   * at run time, which the processor never saw, what victools describes ({@link RuntimeFlowSchemas}).
   */
  public static FlowManifest of(FlowRegistry registry) {
    FlowManifest compiled = load();
    List<FlowDescriptor<?, ?, ?>> undescribed = registry.flows().stream()
        .map(Flow::descriptor)
        .filter(flow -> !compiled.flows.containsKey(flow.name()))
        .<FlowDescriptor<?, ?, ?>>map(flow -> flow)
        .toList();
    FlowManifest all = undescribed.isEmpty()
        ? compiled
        : merge(List.of(compiled.json(), new RuntimeFlowSchemas().manifest(undescribed)));
    return all.select(registry.flows().stream().map(Flow::name).toList());
  }

  /** The manifests on the thread's context class loader. */
  public static FlowManifest load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Every manifest on {@code classLoader}, merged.
   *
   * @throws IllegalStateException if a manifest cannot be read, or two describe one flow differently
   */
  public static FlowManifest load(ClassLoader classLoader) {
    List<JsonNode> manifests = new ArrayList<>();
    try {
      Enumeration<URL> resources = classLoader.getResources(RESOURCE);
      while (resources.hasMoreElements()) {
        URL resource = resources.nextElement();
        try (InputStream in = resource.openStream()) {
          manifests.add(JSON.readTree(in));
        } catch (IOException e) {
          throw new IllegalStateException("Cannot read the flow manifest " + resource + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the flow manifests " + RESOURCE, e);
    }
    return merge(manifests);
  }

  /**
   * Several manifests as one. A flow listed twice identically (the same jar twice on the class path) counts once.
   *
   * @throws IllegalStateException if two manifests describe one flow differently
   */
  public static FlowManifest merge(Collection<? extends JsonNode> manifests) {
    Map<String, ObjectNode> flows = new TreeMap<>();
    ObjectNode definitions = JsonNodeFactory.instance.objectNode();
    for (JsonNode manifest : manifests) {
      for (JsonNode flow : manifest.path("flows")) {
        String name = flow.path("name").asText();
        ObjectNode previous = flows.putIfAbsent(name, flow.deepCopy());
        if (previous != null && !previous.equals(flow)) {
          throw new IllegalStateException("Flow '" + name + "' is described by two flow manifests ("
              + RESOURCE + ") differently; flow names must be unique: rename one with @FlowDef(name = \"...\")");
        }
      }
      manifest.path("$defs").properties().forEach(entry -> {
        if (!definitions.has(entry.getKey())) {
          definitions.set(entry.getKey(), entry.getValue().deepCopy());
        }
      });
    }
    return new FlowManifest(Collections.unmodifiableMap(flows), definitions);
  }

  /** The names of the flows described, sorted. */
  public Set<String> names() {
    return flows.keySet();
  }

  /** Only the flows named (those a registry serves, say); names that are not described are left out. */
  public FlowManifest select(Collection<String> names) {
    Map<String, ObjectNode> selected = new TreeMap<>(flows);
    selected.keySet().retainAll(Set.copyOf(names));
    return new FlowManifest(Collections.unmodifiableMap(selected), definitions);
  }

  /**
   * The manifest as JSON, in the processor's format: {@code schemaDialect}, {@code flows} sorted by name, and the
   * {@code $defs} they refer to. A copy: callers may change it.
   */
  public ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("schemaDialect", DIALECT);
    ArrayNode list = json.putArray("flows");
    Set<String> reachable = new LinkedHashSet<>();
    for (ObjectNode flow : flows.values()) {
      list.add(flow.deepCopy());
      References.collect(flow, definitions, reachable);
    }
    json.set("$defs", References.definitions(reachable, definitions));
    return json;
  }

  /** The Draft 2020-12 schemas of the flow with this name, if it is described. */
  public Optional<FlowSchemas> schemas(String flowName) {
    ObjectNode flow = flows.get(flowName);
    if (flow == null) {
      return Optional.empty();
    }
    return Optional.of(new FlowSchemas(flowName, DIALECT, document(flow.get("inputSchema")),
        document(flow.get("outputSchema")), document(flow.get("chunkSchema"))));
  }

  /** A schema of the manifest as a document of its own: its dialect, the schema, and the definitions it reaches. */
  private Optional<ObjectNode> document(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return Optional.empty();
    }
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("$schema", DIALECT);
    document.setAll(((ObjectNode) schema).deepCopy());
    Set<String> reachable = new LinkedHashSet<>();
    References.collect(schema, definitions, reachable);
    if (!reachable.isEmpty()) {
      document.set("$defs", References.definitions(reachable, definitions));
    }
    return Optional.of(document);
  }

  @Override
  public String toString() {
    return "FlowManifest" + new LinkedHashMap<>(flows).keySet();
  }
}
