package dev.flowdef.processor.schema;

import dev.flowdef.processor.types.JsonType;
import dev.flowdef.processor.types.JsonType.ArrayType;
import dev.flowdef.processor.types.JsonType.BooleanType;
import dev.flowdef.processor.types.JsonType.Discriminator;
import dev.flowdef.processor.types.JsonType.EnumType;
import dev.flowdef.processor.types.JsonType.IntegerType;
import dev.flowdef.processor.types.JsonType.MapType;
import dev.flowdef.processor.types.JsonType.Named;
import dev.flowdef.processor.types.JsonType.NullableType;
import dev.flowdef.processor.types.JsonType.NumberType;
import dev.flowdef.processor.types.JsonType.ObjectType;
import dev.flowdef.processor.types.JsonType.Ref;
import dev.flowdef.processor.types.JsonType.StringType;
import dev.flowdef.processor.types.JsonType.UnionType;
import dev.flowdef.processor.types.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.util.Elements;

/**
 * Turns {@link JsonType}s into JSON Schema (Draft 2020-12) as maps and lists: named types go once into the shared
 * {@code $defs} and are referenced as {@code #/$defs/<id>}; the {@link SchemaFamily families} name, require,
 * describe and constrain what the annotations say.
 */
public final class SchemaBuilder {
  /** The dialect of every schema Flowdef writes. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String DEFS = "#/$defs/";

  private final List<SchemaFamily> families;
  private final Map<String, Named> named;
  private final Map<String, Object> definitions;

  /**
   * @param named the named types the resolver described, by id
   * @param definitions the shared {@code $defs}, to which this builder adds the named types it refers to
   */
  public SchemaBuilder(Elements elements, Map<String, Named> named, Map<String, Object> definitions) {
    // Order matters: nullability first, then what may override it, then descriptions, the annotation's first.
    this.families = List.of(new Nullability(), new JakartaConstraints(), new JacksonAnnotations(),
        new JavadocDescriptions(elements));
    this.named = named;
    this.definitions = definitions;
  }

  /** The schema of {@code type}; named types it reaches are added to the shared {@code $defs}. */
  public Map<String, Object> schema(JsonType type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type instanceof StringType string) {
      schema.put("type", "string");
      putIfSet(schema, "format", string.format());
      putIfSet(schema, "minLength", string.minLength());
      putIfSet(schema, "maxLength", string.maxLength());
      putIfSet(schema, "contentEncoding", string.contentEncoding());
    } else if (type instanceof IntegerType integer) {
      schema.put("type", "integer");
      putIfSet(schema, "minimum", integer.minimum());
      putIfSet(schema, "maximum", integer.maximum());
    } else if (type instanceof NumberType) {
      schema.put("type", "number");
    } else if (type instanceof BooleanType) {
      schema.put("type", "boolean");
    } else if (type instanceof ArrayType array) {
      schema.put("type", "array");
      schema.put("items", schema(array.items()));
      if (array.unique()) {
        schema.put("uniqueItems", true);
      }
    } else if (type instanceof MapType map) {
      schema.put("type", "object");
      map.enumKeys().ifPresent(keys -> schema.put("propertyNames", schema(keys)));
      schema.put("additionalProperties", schema(map.values()));
    } else if (type instanceof NullableType nullable) {
      return orNull(schema(nullable.value()));
    } else if (type instanceof Ref ref) {
      define(ref.id());
      schema.put("$ref", DEFS + ref.id());
    } else {
      throw new IllegalArgumentException("a named type is used through a Ref: " + type);
    }
    return schema;
  }

  /** Adds the named type to {@code $defs} once; the placeholder first, so recursion refers to it, not into it. */
  private void define(String id) {
    if (definitions.containsKey(id)) {
      return;
    }
    Named type = named.get(id);
    if (type == null) {
      throw new IllegalStateException("no description of " + id);
    }
    definitions.put(id, Map.of());
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type instanceof ObjectType object) {
      object(object, schema);
    } else if (type instanceof EnumType enumType) {
      if (enumType.valueType().isPresent()) {
        schema.putAll(schema(enumType.valueType().get()));
      } else {
        schema.put("type", "string");
      }
      if (!enumType.values().isEmpty()) {
        schema.put("enum", enumType.values());
      }
    } else if (type instanceof UnionType union) {
      List<Object> variants = new ArrayList<>();
      union.variants().forEach(variant -> variants.add(schema(variant)));
      schema.put(union.exclusive() ? "oneOf" : "anyOf", variants);
    }
    TypeSchema described = new TypeSchema(type);
    families.forEach(family -> family.type(described));
    definitions.put(id, withDescription(schema, described.description()));
  }

  private void object(ObjectType object, Map<String, Object> schema) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    object.discriminator().ifPresent(discriminator -> {
      properties.put(discriminator.property(), Map.of("const", discriminator.value()));
      required.add(discriminator.property());
    });
    for (Property property : object.properties()) {
      boolean optional = property.type() instanceof NullableType;
      JsonType value = optional ? ((NullableType) property.type()).value() : property.type();
      PropertySchema described = new PropertySchema(property, optional, schema(value));
      families.forEach(family -> family.property(described));
      Map<String, Object> propertySchema = described.nullable() ? orNull(described.value()) : described.value();
      properties.put(described.name(), withDescription(propertySchema, described.description()));
      if (described.required() && !required.contains(described.name())) {
        required.add(described.name());
      }
    }
    if (object.discriminator().isPresent()) {
      constrainExisting(properties, object.discriminator().get());
    }
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
  }

  /** With {@code EXISTING_PROPERTY} the record has the type id's property itself: it must hold the type id. */
  private static void constrainExisting(Map<String, Object> properties, Discriminator discriminator) {
    Object existing = properties.get(discriminator.property());
    if (existing instanceof Map<?, ?> map && !map.containsKey("const")) {
      Map<String, Object> constrained = new LinkedHashMap<>();
      map.forEach((key, value) -> constrained.put((String) key, value));
      constrained.put("const", discriminator.value());
      properties.put(discriminator.property(), constrained);
    }
  }

  /**
   * Also allows {@code null}: by adding it to a plain {@code type}, or else (references, enums, unions) through
   * {@code anyOf}.
   */
  static Map<String, Object> orNull(Map<String, Object> schema) {
    Map<String, Object> nullable = new LinkedHashMap<>();
    boolean plain = schema.get("type") instanceof String && !schema.containsKey("enum")
        && !schema.containsKey("const");
    if (plain) {
      schema.forEach((key, value) -> nullable.put(key, key.equals("type") ? List.of(value, "null") : value));
    } else {
      nullable.put("anyOf", List.of(schema, Map.of("type", "null")));
    }
    return nullable;
  }

  /** The schema with its description after its type, where a reader looks for it. */
  private static Map<String, Object> withDescription(Map<String, Object> schema, String description) {
    if (description == null) {
      return schema;
    }
    Map<String, Object> described = new LinkedHashMap<>();
    if (schema.containsKey("type")) {
      described.put("type", schema.get("type"));
    }
    described.put("description", description);
    described.putAll(schema);
    return described;
  }

  private static void putIfSet(Map<String, Object> schema, String keyword, Object value) {
    if (value != null) {
      schema.put(keyword, value);
    }
  }
}
