package dev.flowdef.processor.schema;

/**
 * Optional components, and components annotated with any annotation named {@code Nullable} (JSpecify, Jakarta,
 * javax, JetBrains, ...): not required, and {@code null} allowed. Every other component is required.
 */
final class Nullability implements SchemaFamily {

  @Override
  public void property(PropertySchema property) {
    if (property.optional() || property.annotations().hasSimpleName("Nullable")) {
      property.required(false);
      property.nullable(true);
    }
  }
}
