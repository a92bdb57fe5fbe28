package dev.flowdef.processor.schema;

import dev.flowdef.processor.types.Annotations;

/**
 * Jackson's names, requirements and descriptions: {@code @JsonProperty} (its value renames, {@code required = true}
 * requires even a nullable property), {@code @JsonPropertyDescription} and {@code @JsonClassDescription}.
 */
final class JacksonAnnotations implements SchemaFamily {
  private static final String PACKAGE = "com.fasterxml.jackson.annotation.";

  @Override
  public void property(PropertySchema property) {
    property.name(property.property().jsonName());
    property.annotations().find(PACKAGE + "JsonProperty")
        .filter(annotation -> Boolean.TRUE.equals(Annotations.value(annotation, "required")))
        .ifPresent(annotation -> property.required(true));
    property.annotations().find(PACKAGE + "JsonPropertyDescription")
        .map(annotation -> Annotations.string(annotation, "value"))
        .filter(text -> !text.isBlank())
        .ifPresent(property::description);
  }

  @Override
  public void type(TypeSchema type) {
    type.annotations().find(PACKAGE + "JsonClassDescription")
        .map(annotation -> Annotations.string(annotation, "value"))
        .filter(text -> !text.isBlank())
        .ifPresent(type::description);
  }
}
