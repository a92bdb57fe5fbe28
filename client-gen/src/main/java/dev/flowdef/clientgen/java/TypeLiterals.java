package dev.flowdef.clientgen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * The {@code java.lang.reflect.Type} of a flow's input, output or chunks as the client hands it to the transport: a
 * class literal where the type has one, which costs javac next to nothing; a parameterized type has none, and needs
 * a {@code TypeReference} to capture its type arguments.
 */
final class TypeLiterals {
  private TypeLiterals() {}

  /** Whether {@code type} is a class, a primitive or an array of one: a type with a class literal. */
  static boolean hasClassLiteral(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return hasClassLiteral(array.componentType());
    }
    return type instanceof ClassName || type.isPrimitive();
  }

  /** {@code Type.class}, without the type-use annotations a class literal may not carry. */
  static CodeBlock classLiteral(TypeName type) {
    return CodeBlock.of("$T.class", withoutAnnotations(type));
  }

  /** {@code new TypeReference<Type>() {}.getType()}: a parameterized type, its arguments kept. */
  static CodeBlock captured(TypeName type) {
    return CodeBlock.of("new $T<$T>() {}.getType()", Names.TYPE_REFERENCE, type);
  }

  private static TypeName withoutAnnotations(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(withoutAnnotations(array.componentType()));
    }
    return type.withoutAnnotations();
  }
}
