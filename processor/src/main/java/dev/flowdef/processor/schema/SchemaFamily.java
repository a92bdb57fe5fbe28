package dev.flowdef.processor.schema;

/**
 * One family of annotations (Jackson's, Jakarta Validation's, Javadoc, nullability) and what it adds to schemas. The
 * builder calls every family in turn, so a new family is a new class, not edits across the builder.
 */
public interface SchemaFamily {

  /** Names, requires, describes or constrains one property of a record. */
  default void property(PropertySchema property) {}

  /** Describes a record, an enum or a sealed interface. */
  default void type(TypeSchema type) {}
}
