package dev.flowdef.clientgen.typescript;

import dev.flowdef.clientgen.model.ClientModel;
import dev.flowdef.clientgen.model.Definition;
import dev.flowdef.clientgen.model.Shape;
import java.util.regex.Pattern;

/**
 * The TypeScript type of a shape: numbers for every JSON number, strings for dates and other formats,
 * {@code T[]}, {@code Record}, {@code T | null}, string literals, and {@code unknown} (never {@code any}) for what the
 * schema leaves open.
 */
final class TsTypes {
  /** A type that takes {@code []} as it is: no union or function type whose precedence would change. */
  private static final Pattern SIMPLE_TYPE = Pattern.compile("[A-Za-z0-9_$<>\\[\\], ]+");

  private final ClientModel model;

  TsTypes(ClientModel model) {
    this.model = model;
  }

  String of(Shape shape) {
    if (shape instanceof Shape.Scalar scalar) {
      return switch (scalar.kind()) {
        case BOOLEAN -> "boolean";
        case INT, LONG, BIG_INTEGER, NUMBER -> "number";
        default -> "string";
      };
    }
    if (shape instanceof Shape.ListOf list) {
      String items = of(list.items());
      return SIMPLE_TYPE.matcher(items).matches() && !items.contains(" ") ? items + "[]" : "Array<" + items + ">";
    }
    if (shape instanceof Shape.MapOf map) {
      String values = of(map.values());
      if (map.enumKeys().isPresent() && model.definition(map.enumKeys().get()) instanceof Definition.EnumDef) {
        return "Partial<Record<" + model.typeName(map.enumKeys().get()) + ", " + values + ">>";
      }
      return "Record<string, " + values + ">";
    }
    if (shape instanceof Shape.Reference reference) {
      return model.typeName(reference.id());
    }
    if (shape instanceof Shape.Nullable nullable) {
      return of(nullable.value()) + " | null";
    }
    if (shape instanceof Shape.Literal literal) {
      return TsWriter.string(literal.value());
    }
    return "unknown";
  }
}
