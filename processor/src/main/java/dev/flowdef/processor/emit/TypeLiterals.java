package dev.flowdef.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.flowdef.processor.model.RuntimeNames;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Writes a type as Java code that yields its {@code java.lang.reflect.Type}: a class literal where that is exact
 * ({@code MenuItem.class}), {@code Types.parameterized(...)} for generic types.
 */
final class TypeLiterals {
  private static final ClassName VOID = ClassName.get(Void.class);

  private final Types types;

  TypeLiterals(Types types) {
    this.types = types;
  }

  /** The type as a type argument: boxed, and {@code Void} when absent. */
  TypeName typeArgument(Optional<TypeMirror> type) {
    return type.map(t -> TypeName.get(t).box()).orElse(VOID);
  }

  /** Code for the {@code Type} of {@code type}, {@code Void.class} when absent. */
  CodeBlock of(Optional<TypeMirror> type) {
    return type.map(this::of).orElse(CodeBlock.of("$T.class", VOID));
  }

  CodeBlock of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return CodeBlock.of("$T.class", TypeName.get(type).box());
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      return isGeneric(component)
          ? CodeBlock.of("$T.arrayOf($L)", RuntimeNames.TYPES, of(component))
          : CodeBlock.of("$T.class", TypeName.get(types.erasure(type)));
    }
    DeclaredType declared = (DeclaredType) type;
    ClassName raw = ClassName.get((TypeElement) declared.asElement());
    if (declared.getTypeArguments().isEmpty()) {
      return CodeBlock.of("$T.class", raw);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.parameterized($T.class", RuntimeNames.TYPES, raw);
    for (TypeMirror argument : declared.getTypeArguments()) {
      code.add(", $L", of(argument));
    }
    return code.add(")").build();
  }

  private static boolean isGeneric(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> !((DeclaredType) type).getTypeArguments().isEmpty();
      case ARRAY -> isGeneric(((ArrayType) type).getComponentType());
      default -> false;
    };
  }
}
