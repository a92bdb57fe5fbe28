package dev.flowdef.runtime;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds the generic {@link Type}s that generated descriptors carry ({@code List<MenuItem>},
 * {@code Map<String, Integer>}), without the anonymous-subclass trick, so no reflection is needed to read them.
 * Instances are equal to the JDK's own representations of the same types.
 */
public final class Types {
  private Types() {}

  /** {@code raw<arguments...>}, for example {@code parameterized(List.class, String.class)}. */
  public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    Objects.requireNonNull(raw, "raw");
    if (raw.getTypeParameters().length != arguments.length) {
      throw new IllegalArgumentException(
          raw.getName() + " takes " + raw.getTypeParameters().length + " type arguments, not " + arguments.length);
    }
    return new Parameterized(raw, arguments.clone());
  }

  /** {@code component[]} for a generic component type, for example {@code List<String>[]}. */
  public static GenericArrayType arrayOf(Type component) {
    return new GenericArray(Objects.requireNonNull(component, "component"));
  }

  private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterizedType that
          && raw.equals(that.getRawType())
          && Objects.equals(getOwnerType(), that.getOwnerType())
          && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return raw.getTypeName()
          + Arrays.stream(arguments).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
    }
  }

  private record GenericArray(Type component) implements GenericArrayType {
    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof GenericArrayType that && component.equals(that.getGenericComponentType());
    }

    @Override
    public int hashCode() {
      return component.hashCode();
    }

    @Override
    public String toString() {
      return component.getTypeName() + "[]";
    }
  }
}
