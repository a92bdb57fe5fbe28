package dev.flowdef.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeSet;

/** Follows a schema's {@code #/$defs/...} references, so a document carries the definitions it needs and no more. */
final class References {
  private static final String PREFIX = "#/$defs/";

  private References() {}

  /** Adds to {@code ids} every definition {@code node} refers to, directly or through other definitions. */
  static void collect(JsonNode node, ObjectNode definitions, Set<String> ids) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(PREFIX)) {
        String id = ref.asText().substring(PREFIX.length());
        if (ids.add(id) && definitions.has(id)) {
          collect(definitions.get(id), definitions, ids);
        }
      }
    }
    node.forEach(child -> collect(child, definitions, ids));
  }

  /** The definitions with these ids, sorted by id. */
  static ObjectNode definitions(Set<String> ids, ObjectNode definitions) {
    ObjectNode selected = JsonNodeFactory.instance.objectNode();
    for (String id : new TreeSet<>(ids)) {
      if (definitions.has(id)) {
        selected.set(id, definitions.get(id).deepCopy());
      }
    }
    return selected;
  }
}
