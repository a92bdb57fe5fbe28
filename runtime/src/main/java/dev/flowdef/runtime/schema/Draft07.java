package dev.flowdef.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a Draft 2020-12 schema document as Draft-07, for Genkit's Developer UI: {@code $defs} become
 * {@code definitions}; a root that only refers to a type is that type; {@code $ref} beside other keywords (which
 * Draft-07 ignores) moves into {@code allOf}; and {@code null} leaves type unions, so input forms show the plain
 * type (such a property is optional anyway).
 */
final class Draft07 {
  static final String DIALECT = "http://json-schema.org/draft-07/schema#";
  private static final String DEFS_2020 = "#/$defs/";
  private static final String DEFS_07 = "#/definitions/";
  private static final Set<String> ONE_SCHEMA = Set.of("items", "additionalProperties", "propertyNames", "not");
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "$defs", "definitions");
  private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "oneOf", "allOf");

  private Draft07() {}

  static ObjectNode render(ObjectNode document) {
    ObjectNode source = document.deepCopy();
    ObjectNode definitions = source.has("$defs") ? (ObjectNode) source.remove("$defs") : null;
    source.remove("$schema");
    ObjectNode root = source;
    JsonNode ref = source.get("$ref");
    if (definitions != null && ref != null && ref.isTextual() && ref.asText().startsWith(DEFS_2020)
        && definitions.has(ref.asText().substring(DEFS_2020.length()))) {
      root = definitions.get(ref.asText().substring(DEFS_2020.length())).deepCopy();
      source.remove("$ref");
      root.setAll(source); // a description beside the root's $ref stays
    }
    ObjectNode rendered = JsonNodeFactory.instance.objectNode();
    rendered.put("$schema", DIALECT);
    rendered.setAll(schema(root));
    if (definitions != null) {
      rendered.set("definitions", schemaMap(definitions));
    }
    return rendered;
  }

  private static ObjectNode schema(JsonNode node) {
    ObjectNode schema = ((ObjectNode) node).deepCopy();
    withoutNull(schema);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      String keyword = field.getKey();
      JsonNode value = field.getValue();
      if (keyword.equals("$ref") && value.isTextual()) {
        out.put("$ref", value.asText().replace(DEFS_2020, DEFS_07));
      } else if (ONE_SCHEMA.contains(keyword) && value.isObject()) {
        out.set(keyword, schema(value));
      } else if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
        out.set(keyword.equals("$defs") ? "definitions" : keyword, schemaMap((ObjectNode) value));
      } else if (SCHEMA_LISTS.contains(keyword) && value.isArray()) {
        ArrayNode list = out.putArray(keyword);
        value.forEach(item -> list.add(item.isObject() ? schema(item) : item));
      } else {
        out.set(keyword, value);
      }
    }
    if (out.has("$ref") && out.size() > 1) {
      ObjectNode reference = JsonNodeFactory.instance.objectNode().put("$ref", out.remove("$ref").asText());
      ArrayNode allOf = out.has("allOf") ? (ArrayNode) out.get("allOf") : out.putArray("allOf");
      allOf.insert(0, reference);
    }
    return out;
  }

  private static ObjectNode schemaMap(ObjectNode map) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    map.properties().forEach(entry -> out.set(entry.getKey(),
        entry.getValue().isObject() ? schema(entry.getValue()) : entry.getValue()));
    return out;
  }

  /** Drops {@code "null"} from {@code type} lists and {@code {"type": "null"}} from {@code anyOf}. */
  private static void withoutNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      List<JsonNode> kept = new ArrayList<>();
      type.forEach(t -> {
        if (!t.asText().equals("null")) {
          kept.add(t);
        }
      });
      if (kept.size() == 1) {
        schema.set("type", kept.get(0));
      } else {
        schema.putArray("type").addAll(kept);
      }
    }
    JsonNode anyOf = schema.get("anyOf");
    if (anyOf != null && anyOf.isArray()) {
      List<JsonNode> kept = new ArrayList<>();
      anyOf.forEach(branch -> {
        if (!(branch.size() == 1 && branch.path("type").asText().equals("null"))) {
          kept.add(branch);
        }
      });
      if (kept.size() == 1 && kept.get(0).isObject()) {
        schema.remove("anyOf");
        ObjectNode only = (ObjectNode) kept.get(0);
        only.properties().forEach(entry -> {
          if (!schema.has(entry.getKey())) {
            schema.set(entry.getKey(), entry.getValue());
          }
        });
      } else if (kept.size() != anyOf.size()) {
        schema.putArray("anyOf").addAll(kept);
      }
    }
  }
}
