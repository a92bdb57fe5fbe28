package dev.flowdef.clientgen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.flowdef.clientgen.model.ClientModel;
import dev.flowdef.clientgen.model.Definition;
import dev.flowdef.clientgen.model.Shape;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The Java type of a shape: a generated type for a named one, {@code List}, {@code Set} and {@code Map} for arrays
 * and maps, {@code java.time} for dates, {@code JsonNode} for what the schema leaves open. Primitives only where a
 * value is required and never {@code null}.
 */
final class JavaTypes {
  private final ClientModel model;
  private final String packageName;

  JavaTypes(ClientModel model, String packageName) {
    this.model = model;
    this.packageName = packageName;
  }

  /** The type of a value that may be absent or {@code null}: boxed. */
  TypeName boxed(Shape shape) {
    return of(shape).box();
  }

  /** The type of a value, primitive where the shape is a plain required number or boolean. */
  TypeName of(Shape shape) {
    if (shape instanceof Shape.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> ClassName.get(String.class);
        case BOOLEAN -> TypeName.BOOLEAN;
        case INT -> TypeName.INT;
        case LONG -> TypeName.LONG;
        case BIG_INTEGER -> ClassName.get(BigInteger.class);
        case NUMBER -> TypeName.DOUBLE;
        case DATE_TIME -> ClassName.get(OffsetDateTime.class);
        case DATE -> ClassName.get(LocalDate.class);
        case TIME -> ClassName.get(OffsetTime.class);
        case UUID -> ClassName.get(UUID.class);
        case URI -> ClassName.get(URI.class);
        case BYTES -> ArrayTypeName.of(TypeName.BYTE);
      };
    }
    if (shape instanceof Shape.ListOf list) {
      return ParameterizedTypeName.get(ClassName.get(list.unique() ? Set.class : List.class), boxed(list.items()));
    }
    if (shape instanceof Shape.MapOf map) {
      TypeName keys = map.enumKeys()
          .filter(id -> model.definition(id) instanceof Definition.EnumDef)
          .<TypeName>map(id -> ClassName.get(packageName, model.typeName(id)))
          .orElse(ClassName.get(String.class));
      return ParameterizedTypeName.get(ClassName.get(Map.class), keys, boxed(map.values()));
    }
    if (shape instanceof Shape.Reference reference) {
      Definition definition = model.definition(reference.id());
      if (definition instanceof Definition.AliasDef alias) {
        return of(alias.shape());
      }
      return ClassName.get(packageName, model.typeName(reference.id()));
    }
    if (shape instanceof Shape.Nullable nullable) {
      return boxed(nullable.value());
    }
    if (shape instanceof Shape.Literal) {
      return ClassName.get(String.class);
    }
    return Names.JSON_NODE;
  }
}
