package dev.flowdef.processor.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.SimpleTypeVisitor9;

/**
 * Decides which types a flow can take, return and stream: the types Jackson writes as JSON with a shape known at
 * compile time. Records are checked by their type arguments here; their components are the schema model's concern.
 */
final class TypeSupport {
  private static final Set<String> VALUE_TYPES =
      Set.of(
          "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte", "java.lang.Short",
          "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.math.BigDecimal",
          "java.math.BigInteger");
  private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection");

  private TypeSupport() {}

  /** Why {@code type} cannot be a flow's input, output or chunk type, or empty if it can. */
  static Optional<String> problem(TypeMirror type) {
    return Optional.ofNullable(type.accept(PROBLEM, null));
  }

  /** The first type in {@code type} that javac could not resolve (perhaps not generated yet), if any. */
  static Optional<TypeMirror> unresolved(TypeMirror type) {
    return Optional.ofNullable(type.accept(UNRESOLVED, null));
  }

  private static final SimpleTypeVisitor9<String, Void> PROBLEM =
      new SimpleTypeVisitor9<>() {
        @Override
        protected String defaultAction(TypeMirror type, Void unused) {
          if (type.getKind().isPrimitive()) {
            return null;
          }
          return switch (type.getKind()) {
            case TYPEVAR -> "it is a type variable, whose JSON shape is unknown at compile time";
            case WILDCARD -> "it contains a wildcard; write a concrete type argument instead";
            case VOID -> "void is not a value";
            case ERROR -> "it could not be resolved";
            default -> "it is not a data type";
          };
        }

        @Override
        public String visitArray(ArrayType type, Void unused) {
          return type.getComponentType().accept(this, null);
        }

        @Override
        public String visitDeclared(DeclaredType type, Void unused) {
          TypeElement element = (TypeElement) type.asElement();
          String name = element.getQualifiedName().toString();
          List<? extends TypeMirror> arguments = type.getTypeArguments();
          if (VALUE_TYPES.contains(name) || element.getKind() == ElementKind.ENUM) {
            return null;
          }
          if (!element.getTypeParameters().isEmpty() && arguments.isEmpty()) {
            return "it is the raw type " + name + "; give its type arguments, for example "
                + element.getSimpleName() + (COLLECTIONS.contains(name) ? "<String>" : "<...>");
          }
          if (name.equals("java.lang.Void")) {
            return "Void only stands for a missing input, output or chunk, not for a value inside another type";
          }
          if (name.equals("java.lang.Object")) {
            return "Object has no JSON shape known at compile time; declare the data as a record";
          }
          if (COLLECTIONS.contains(name)) {
            return arguments.get(0).accept(this, null);
          }
          if (name.equals("java.util.Map")) {
            String keyProblem = mapKeyProblem(arguments.get(0));
            return keyProblem != null ? keyProblem : arguments.get(1).accept(this, null);
          }
          if (element.getKind() == ElementKind.RECORD) {
            for (TypeMirror argument : arguments) {
              String problem = argument.accept(this, null);
              if (problem != null) {
                return problem;
              }
            }
            return null;
          }
          return name + " is neither a record nor a JSON value type; declare the data as a record";
        }
      };

  private static String mapKeyProblem(TypeMirror key) {
    if (key.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) key).asElement();
      if (element.getQualifiedName().contentEquals("java.lang.String") || element.getKind() == ElementKind.ENUM) {
        return null;
      }
    }
    return "a JSON object's keys are strings, so a Map's key type must be String or an enum, not " + key;
  }

  private static final SimpleTypeVisitor9<TypeMirror, Void> UNRESOLVED =
      new SimpleTypeVisitor9<>() {
        @Override
        public TypeMirror visitError(javax.lang.model.type.ErrorType type, Void unused) {
          return type;
        }

        @Override
        public TypeMirror visitArray(ArrayType type, Void unused) {
          return type.getComponentType().accept(this, null);
        }

        @Override
        public TypeMirror visitDeclared(DeclaredType type, Void unused) {
          for (TypeMirror argument : type.getTypeArguments()) {
            TypeMirror unresolved = argument.accept(this, null);
            if (unresolved != null) {
              return unresolved;
            }
          }
          return null;
        }
      };
}
