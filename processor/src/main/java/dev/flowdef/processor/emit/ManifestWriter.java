package dev.flowdef.processor.emit;

import dev.flowdef.processor.json.JsonWriter;
import dev.flowdef.processor.model.FlowMethod;
import dev.flowdef.processor.schema.SchemaBuilder;
import dev.flowdef.processor.types.JsonType;
import dev.flowdef.processor.types.JsonType.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Collects every flow of the compilation with its schemas, round by round, and writes the manifest
 * {@code META-INF/flowdef/flows.json} once, in the last round, through the {@link Filer}:
 *
 * <pre>{@code
 * {"schemaDialect": "https://json-schema.org/draft/2020-12/schema",
 *  "flows": [{"name": "menuSuggestion", "path": "/menuSuggestion", "description": "...", "streams": false,
 *             "inputSchema": {"$ref": "#/$defs/menu.MenuSuggestionInput"}, "outputSchema": {...}}],
 *  "$defs": {"menu.MenuSuggestionInput": {...}, ...}}
 * }</pre>
 *
 * Flows are sorted by name and types by id, so the file does not depend on the order javac visits them. A flow
 * without input, output or chunks ({@code Void}) has no such schema.
 */
public final class ManifestWriter {
  public static final String PATH = "META-INF/flowdef/flows.json";

  private final Elements elements;
  private final Map<String, Object> flows = new TreeMap<>();
  private final Map<String, Object> definitions = new TreeMap<>();
  private final List<Element> origins = new ArrayList<>();

  public ManifestWriter(Elements elements) {
    this.elements = elements;
  }

  /** Adds a valid flow; {@code named} holds the named types its shapes refer to. */
  public void add(FlowMethod flow, Map<String, Named> named) {
    SchemaBuilder schemas = new SchemaBuilder(elements, named, definitions);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", flow.flowName());
    entry.put("path", "/" + flow.flowName());
    entry.put("description", flow.description());
    entry.put("streams", flow.shapes().chunk().isPresent());
    putSchema(entry, "inputSchema", flow.shapes().input(), schemas);
    putSchema(entry, "outputSchema", flow.shapes().output(), schemas);
    putSchema(entry, "chunkSchema", flow.shapes().chunk(), schemas);
    flows.put(flow.flowName(), entry);
    Element declaringClass = flow.element().getEnclosingElement();
    if (!origins.contains(declaringClass)) {
      origins.add(declaringClass);
    }
  }

  public boolean isEmpty() {
    return flows.isEmpty();
  }

  /** The classes that declare the flows, where an error about the manifest is reported. */
  public List<Element> origins() {
    return origins;
  }

  /**
   * The manifest of the flows added so far as plain values (maps, lists, strings, numbers, booleans), as it is
   * written: the TypeScript clients are generated from these, rather than from its text parsed again. A snapshot:
   * flows added later do not change it (a flow's schemas are complete once added), so another thread may read it.
   */
  public Map<String, Object> values() {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("schemaDialect", SchemaBuilder.DIALECT);
    manifest.put("flows", List.copyOf(flows.values()));
    manifest.put("$defs", new TreeMap<>(definitions));
    return manifest;
  }

  /** The manifest's text, from its {@link #values()}. */
  public static String render(Map<String, Object> values) {
    return JsonWriter.write(values);
  }

  /** Writes the manifest's text, {@link #render rendered} from the flows added. */
  public void write(Filer filer, String text) throws IOException {
    Resources.write(filer, "", PATH, text, origins.toArray(Element[]::new));
  }

  private static void putSchema(
      Map<String, Object> entry, String key, Optional<JsonType> shape, SchemaBuilder schemas) {
    shape.ifPresent(type -> entry.put(key, schemas.schema(type)));
  }
}
