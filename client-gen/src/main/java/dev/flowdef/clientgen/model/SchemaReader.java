package dev.flowdef.clientgen.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdef.clientgen.model.Definition.AliasDef;
import dev.flowdef.clientgen.model.Definition.EnumDef;
import dev.flowdef.clientgen.model.Definition.ObjectDef;
import dev.flowdef.clientgen.model.Definition.Property;
import dev.flowdef.clientgen.model.Definition.UnionDef;
import dev.flowdef.clientgen.model.Shape.ScalarKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON Schema (the Draft 2020-12 subset Flowdef's processor writes, and what other tools commonly write) into
 * {@link Shape}s and {@link Definition}s. What it cannot type more precisely becomes {@link Shape.Any}, never an
 * error: a client must still be generated for a schema it only half understands.
 */
final class SchemaReader {
  private static final String DEFS = "#/$defs/";
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final Map<String, JsonNode> definitions;

  SchemaReader(Map<String, JsonNode> definitions) {
    this.definitions = definitions;
  }

  Shape shape(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return new Shape.Any();
    }
    if (schema.has("$ref")) {
      return reference(schema.get("$ref").asText());
    }
    if (schema.has("const") && schema.get("const").isTextual()) {
      return new Shape.Literal(schema.get("const").asText());
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      JsonNode options = schema.get(keyword);
      if (options != null && options.isArray()) {
        return nullableUnion(options);
      }
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asText()));
      boolean nullable = types.remove("null");
      if (types.size() != 1) {
        return new Shape.Any();
      }
      Shape shape = typed(types.get(0), schema);
      return nullable ? new Shape.Nullable(shape) : shape;
    }
    return type == null ? new Shape.Any() : typed(type.asText(), schema);
  }

  /** {@code anyOf: [X, {"type": "null"}]} is a nullable X; other unions inline have no name to declare, so Any. */
  private Shape nullableUnion(JsonNode options) {
    List<JsonNode> others = new ArrayList<>();
    boolean nullable = false;
    for (JsonNode option : options) {
      if ("null".equals(option.path("type").asText())) {
        nullable = true;
      } else {
        others.add(option);
      }
    }
    if (others.size() != 1) {
      return new Shape.Any();
    }
    Shape shape = shape(others.get(0));
    return nullable ? new Shape.Nullable(shape) : shape;
  }

  private Shape typed(String type, JsonNode schema) {
    return switch (type) {
      case "string" -> string(schema);
      case "boolean" -> new Shape.Scalar(ScalarKind.BOOLEAN);
      case "integer" -> integer(schema);
      case "number" -> new Shape.Scalar(ScalarKind.NUMBER);
      case "array" -> new Shape.ListOf(shape(schema.get("items")), schema.path("uniqueItems").asBoolean(false));
      case "object" -> object(schema);
      default -> new Shape.Any();
    };
  }

  private static Shape string(JsonNode schema) {
    if ("base64".equals(schema.path("contentEncoding").asText())) {
      return new Shape.Scalar(ScalarKind.BYTES);
    }
    return new Shape.Scalar(switch (schema.path("format").asText()) {
      case "date-time" -> ScalarKind.DATE_TIME;
      case "date" -> ScalarKind.DATE;
      case "time" -> ScalarKind.TIME;
      case "uuid" -> ScalarKind.UUID;
      case "uri" -> ScalarKind.URI;
      default -> ScalarKind.STRING;
    });
  }

  /** The narrowest Java integer that holds the schema's bounds; unbounded integers are big. */
  private static Shape integer(JsonNode schema) {
    JsonNode minimum = schema.get("minimum");
    JsonNode maximum = schema.get("maximum");
    if (minimum == null || maximum == null || !minimum.isIntegralNumber() || !maximum.isIntegralNumber()) {
      return new Shape.Scalar(ScalarKind.BIG_INTEGER);
    }
    BigInteger min = minimum.bigIntegerValue();
    BigInteger max = maximum.bigIntegerValue();
    if (min.compareTo(INT_MIN) >= 0 && max.compareTo(INT_MAX) <= 0) {
      return new Shape.Scalar(ScalarKind.INT);
    }
    if (min.compareTo(LONG_MIN) >= 0 && max.compareTo(LONG_MAX) <= 0) {
      return new Shape.Scalar(ScalarKind.LONG);
    }
    return new Shape.Scalar(ScalarKind.BIG_INTEGER);
  }

  /** A map when the object only has {@code additionalProperties}; an object with properties inline is untyped. */
  private Shape object(JsonNode schema) {
    JsonNode values = schema.get("additionalProperties");
    if (schema.has("properties") || values == null || !values.isObject()) {
      return new Shape.Any();
    }
    Optional<String> keys = Optional.empty();
    JsonNode names = schema.get("propertyNames");
    if (names != null && names.has("$ref")) {
      keys = Optional.of(refId(names.get("$ref").asText()));
    }
    return new Shape.MapOf(keys, shape(values));
  }

  private Shape reference(String ref) {
    String id = refId(ref);
    return definitions.containsKey(id) ? new Shape.Reference(id) : new Shape.Any();
  }

  static String refId(String ref) {
    return ref.startsWith(DEFS) ? ref.substring(DEFS.length()) : ref;
  }

  /** The definition with this id. */
  Definition definition(String id) {
    JsonNode schema = definitions.get(id);
    Optional<String> description = text(schema.get("description"));
    JsonNode values = schema.get("enum");
    if (values != null && values.isArray() && allText(values)) {
      List<String> names = new ArrayList<>();
      values.forEach(value -> names.add(value.asText()));
      return new EnumDef(id, description, names);
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode variants = schema.get(keyword);
      if (variants != null && variants.isArray() && allReferences(variants)) {
        return union(id, description, variants);
      }
    }
    if ("object".equals(schema.path("type").asText()) && schema.has("properties")) {
      return object(id, description, schema);
    }
    JsonNode withoutDescription = schema.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) withoutDescription).remove("description");
    return new AliasDef(id, description, shape(withoutDescription));
  }

  private ObjectDef object(String id, Optional<String> description, JsonNode schema) {
    Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    List<Property> properties = new ArrayList<>();
    schema.get("properties").properties().forEach(entry -> properties.add(new Property(
        entry.getKey(), shape(entry.getValue()), required.contains(entry.getKey()),
        text(entry.getValue().get("description")))));
    return new ObjectDef(id, description, properties);
  }

  /** A union of named objects; a discriminator when every variant has the same property with a constant. */
  private UnionDef union(String id, Optional<String> description, JsonNode variants) {
    List<String> ids = new ArrayList<>();
    variants.forEach(variant -> ids.add(refId(variant.get("$ref").asText())));
    Optional<String> discriminator = Optional.empty();
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode first = definitions.get(ids.get(0));
    if (first != null) {
      for (Map.Entry<String, JsonNode> property : iterable(first.path("properties"))) {
        if (!property.getValue().path("const").isTextual()) {
          continue;
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String variant : ids) {
          JsonNode constant = definitions.get(variant).path("properties").path(property.getKey()).path("const");
          if (constant.isTextual()) {
            found.put(variant, constant.asText());
          }
        }
        if (found.size() == ids.size()) {
          discriminator = Optional.of(property.getKey());
          tags = found;
          break;
        }
      }
    }
    return new UnionDef(id, description, ids, discriminator, tags);
  }

  private boolean allReferences(JsonNode variants) {
    if (variants.isEmpty()) {
      return false;
    }
    for (JsonNode variant : variants) {
      if (!variant.has("$ref") || !definitions.containsKey(refId(variant.get("$ref").asText()))
          || !definitions.get(refId(variant.get("$ref").asText())).has("properties")) {
        return false;
      }
    }
    return true;
  }

  private static boolean allText(JsonNode values) {
    for (JsonNode value : values) {
      if (!value.isTextual()) {
        return false;
      }
    }
    return !values.isEmpty();
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object.properties();
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
  }
}
