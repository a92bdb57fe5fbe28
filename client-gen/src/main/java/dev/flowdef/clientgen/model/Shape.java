package dev.flowdef.clientgen.model;

/**
 * What a JSON Schema says a value is, in the terms a client generator needs: Java and TypeScript writers turn a shape
 * into a type. Named types are {@link Reference}s to a {@link Definition}, so recursion is just a reference.
 */
public sealed interface Shape {

  /** The kinds of plain values, with the formats that have a more precise type than a string. */
  enum ScalarKind { STRING, BOOLEAN, INT, LONG, BIG_INTEGER, NUMBER, DATE_TIME, DATE, TIME, UUID, URI, BYTES }

  /** A string, number or boolean. */
  record Scalar(ScalarKind kind) implements Shape {}

  /** An array; {@code unique} when the schema says {@code uniqueItems}. */
  record ListOf(Shape items, boolean unique) implements Shape {}

  /** An object used as a map, its keys any string or, with {@code enumKeys}, the values of that enum's definition. */
  record MapOf(java.util.Optional<String> enumKeys, Shape values) implements Shape {}

  /** A use of the named type with this id, described once among the definitions. */
  record Reference(String id) implements Shape {}

  /** A value that may also be {@code null}. */
  record Nullable(Shape value) implements Shape {}

  /** Exactly this string ({@code const}): a subtype's type id. */
  record Literal(String value) implements Shape {}

  /** Any JSON value: what a schema allows when it says nothing a client could type more precisely. */
  record Any() implements Shape {}
}
