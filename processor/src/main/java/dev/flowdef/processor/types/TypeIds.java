package dev.flowdef.processor.types;

import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The ids of named types in {@code $defs}: the qualified name, so the manifests of several jars merge without
 * clashes, and type arguments in parentheses ({@code shop.Page(shop.Order)}), which a JSON Pointer and a URI fragment
 * take as they are.
 */
final class TypeIds {
  private TypeIds() {}

  static String of(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return "Array(" + of(((ArrayType) type).getComponentType()) + ")";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    return name + declared.getTypeArguments().stream().map(TypeIds::of).collect(Collectors.joining(",", "(", ")"));
  }
}
