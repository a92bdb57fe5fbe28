package dev.flowdef.runtime.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the description of a flow class's records and enums, which its generated binding carries, into codecs. The
 * description is a JSON array with a line per type, in the order the flows first use them:
 * <pre>{@code
 * [
 *   {"record": "menu.MenuFlows$MenuItem", "properties": [{"name": "dishname", "type": "java.lang.String"},
 *       {"name": "price-cents", "component": "priceCents", "type": "int"}]},
 *   {"enum": "menu.Course", "strings": ["STARTER", "main"]}
 * ]
 * }</pre>
 * A record lists its components in order: the JSON name, the component's name when the JSON name renames it, and
 * the declared type ({@link TypeDescriptors}); an enum lists the JSON string of each constant, in declaration order.
 * A record's method handles are found when Jackson first asks for one of its codecs, so start-up pays only for the
 * types it reads or writes.
 */
final class CodecLinker {
  private static final ObjectMapper TREES = new ObjectMapper();

  private CodecLinker() {}

  static List<JsonCodec> link(MethodHandles.Lookup lookup, String description) {
    JsonNode types;
    try {
      types = TREES.readTree(description);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the codecs of " + lookup.lookupClass().getName() + " are not JSON: " + e, e);
    }
    if (!types.isArray()) {
      throw malformed(lookup, types);
    }
    List<JsonCodec> codecs = new ArrayList<>(types.size());
    for (JsonNode type : types) {
      if (type.hasNonNull("record")) {
        codecs.add(record(lookup, type));
      } else if (type.hasNonNull("enum")) {
        codecs.add(enumeration(lookup, type));
      } else {
        throw malformed(lookup, type);
      }
    }
    return List.copyOf(codecs);
  }

  private static JsonCodec record(MethodHandles.Lookup lookup, JsonNode description) {
    Class<?> type = TypeDescriptors.erasure(TypeDescriptors.parse(lookup, description.get("record").asText()));
    List<RecordShape.Component> components = new ArrayList<>();
    for (JsonNode property : description.path("properties")) {
      String name = property.path("name").asText();
      components.add(new RecordShape.Component(name, property.path("component").asText(name),
          TypeDescriptors.parse(lookup, property.path("type").asText())));
    }
    Linked shape = new Linked(lookup, type, List.copyOf(components));
    return new JsonCodec(type,
        standard -> new RecordSerializer(shape.get(), standard),
        standard -> new RecordDeserializer(shape.get(), standard));
  }

  private static JsonCodec enumeration(MethodHandles.Lookup lookup, JsonNode description) {
    Class<?> type = TypeDescriptors.erasure(TypeDescriptors.parse(lookup, description.get("enum").asText()));
    Object[] constants = type.getEnumConstants();
    List<String> strings = new ArrayList<>();
    description.path("strings").forEach(string -> strings.add(string.asText()));
    if (constants == null || constants.length != strings.size()) {
      throw malformed(lookup, description);
    }
    List<Enum<?>> values = new ArrayList<>();
    for (Object constant : constants) {
      values.add((Enum<?>) constant);
    }
    return new JsonCodec(type,
        standard -> new EnumSerializer(type, standard, values, strings),
        standard -> new EnumDeserializer(type, standard, values, strings));
  }

  private static IllegalArgumentException malformed(MethodHandles.Lookup lookup, JsonNode node) {
    return new IllegalArgumentException("not a codec description in " + lookup.lookupClass().getName() + ": " + node);
  }

  /** A record's shape, linked at its first use and kept. */
  private static final class Linked {
    private final MethodHandles.Lookup lookup;
    private final Class<?> type;
    private final List<RecordShape.Component> components;
    private volatile RecordShape shape;

    Linked(MethodHandles.Lookup lookup, Class<?> type, List<RecordShape.Component> components) {
      this.lookup = lookup;
      this.type = type;
      this.components = components;
    }

    RecordShape get() {
      RecordShape linked = shape;
      if (linked == null) {
        linked = RecordShape.link(lookup, type, components);
        shape = linked; // linking twice in a race gives equal shapes
      }
      return linked;
    }
  }
}
