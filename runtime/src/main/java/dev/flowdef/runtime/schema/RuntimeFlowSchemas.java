package dev.flowdef.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.flowdef.runtime.FlowDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Schemas for flows defined at run time ({@code Flow.of(descriptor, lambda)}), which the processor never saw: victools
 * jsonschema-generator describes their Java types, with Jackson's names and Jakarta Validation's constraints and
 * Flowdef's nullability rule, in the manifest's own format, so both kinds of flow publish and validate alike. It reads
 * the types reflectively once, when a server or registry starts, never per request.
 */
public final class RuntimeFlowSchemas {
  private static final List<Class<?>> OPTIONALS =
      List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private final SchemaGenerator generator = new SchemaGenerator(config());

  /** A manifest, in the processor's format, of {@code flows}. */
  public ObjectNode manifest(Collection<FlowDescriptor<?, ?, ?>> flows) {
    ObjectNode manifest = JsonNodeFactory.instance.objectNode().put("schemaDialect", FlowManifest.DIALECT);
    ArrayNode list = manifest.putArray("flows");
    ObjectNode definitions = manifest.putObject("$defs");
    for (FlowDescriptor<?, ?, ?> flow : flows) {
      ObjectNode entry = list.addObject()
          .put("name", flow.name())
          .put("path", "/" + flow.name())
          .put("description", flow.description())
          .put("streams", flow.streams());
      describe(flow.inputType(), definitions).ifPresent(schema -> entry.set("inputSchema", schema));
      describe(flow.outputType(), definitions).ifPresent(schema -> entry.set("outputSchema", schema));
      describe(flow.chunkType(), definitions).ifPresent(schema -> entry.set("chunkSchema", schema));
    }
    return manifest;
  }

  /** The Draft 2020-12 schema of {@code type} as a document of its own, with the {@code $defs} it refers to. */
  public ObjectNode schema(Type type) {
    return type instanceof ParameterizedType parameterized
        ? generator.generateSchema(parameterized.getRawType(), parameterized.getActualTypeArguments())
        : generator.generateSchema(type);
  }

  /** The schema of {@code type} without its document keywords, its definitions moved to {@code definitions}. */
  private Optional<JsonNode> describe(Type type, ObjectNode definitions) {
    if (type == Void.class) {
      return Optional.empty();
    }
    ObjectNode document = schema(type);
    document.remove("$schema");
    JsonNode own = document.remove("$defs");
    if (own != null) {
      for (Map.Entry<String, JsonNode> definition : own.properties()) {
        definitions.set(definition.getKey(), definition.getValue());
      }
    }
    return Optional.of(document);
  }

  private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
    SchemaGeneratorConfigBuilder builder =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(Option.STANDARD_FORMATS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.DEFINITION_FOR_MAIN_SCHEMA);
    if (jakartaValidationPresent()) {
      builder.with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
          JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
    }
    // Definitions are named by the type's full name, as the processor names them, so two flows' types never clash.
    builder.forTypesInGeneral().withDefinitionNamingStrategy(
        (key, context) -> context.getTypeContext().getFullTypeDescription(key.getType()).replace('$', '.'));
    builder.forFields().withRequiredCheck(field -> !nullable(field));
    builder.forFields().withNullableCheck(RuntimeFlowSchemas::nullable);
    return builder.build();
  }

  /** Flowdef's rule: an {@code Optional}, or a component annotated with any {@code Nullable}, may be null. */
  static boolean nullable(FieldScope field) {
    if (OPTIONALS.contains(field.getRawMember().getType())) {
      return true;
    }
    List<Annotation> annotations = new ArrayList<>(Arrays.asList(field.getRawMember().getAnnotations()));
    annotations.addAll(Arrays.asList(field.getRawMember().getAnnotatedType().getAnnotations()));
    return annotations.stream().anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private static boolean jakartaValidationPresent() {
    try {
      Class.forName("jakarta.validation.constraints.NotNull", false, RuntimeFlowSchemas.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
