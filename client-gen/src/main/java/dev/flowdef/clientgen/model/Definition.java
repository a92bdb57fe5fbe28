package dev.flowdef.clientgen.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A named type of the manifest ({@code $defs}), as clients declare it. */
public sealed interface Definition {
  /** The key in {@code $defs}. */
  String id();

  /** The schema's description, for doc comments. */
  Optional<String> description();

  /** An object with known properties: a record in Java, an interface in TypeScript. */
  record ObjectDef(String id, Optional<String> description, List<Property> properties) implements Definition {}

  /**
   * A property of an object.
   *
   * @param jsonName the name in JSON
   * @param shape its values (a {@link Shape.Nullable} when {@code null} is allowed)
   * @param required whether the schema requires it
   * @param description the schema's description
   */
  record Property(String jsonName, Shape shape, boolean required, Optional<String> description) {}

  /** A string enum: an enum in Java, a union of string literals in TypeScript. */
  record EnumDef(String id, Optional<String> description, List<String> values) implements Definition {}

  /**
   * One of several objects. With a {@code discriminator} each variant carries its type id (its {@code tags} value)
   * in that property; without, the variants are told apart by their properties.
   */
  record UnionDef(
      String id,
      Optional<String> description,
      List<String> variants,
      Optional<String> discriminator,
      Map<String, String> tags) implements Definition {}

  /** Another name for a shape with no declaration of its own, such as an enum whose values are not known. */
  record AliasDef(String id, Optional<String> description, Shape shape) implements Definition {}
}
