package dev.flowdef.runtime.json;

import dev.flowdef.runtime.Types;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the declared types of record components as the processor writes them, Java's own notation with binary class
 * names: {@code int}, {@code java.lang.String}, {@code menu.MenuFlows$MenuItem[]},
 * {@code java.util.Map<java.lang.String,java.util.List<java.lang.Integer>>}. Classes are found through the
 * binding's lookup, so a package-private record of the flows' package resolves as it does in the generated code.
 */
final class TypeDescriptors {
  private static final Map<String, Class<?>> PRIMITIVES = Map.of(
      "boolean", boolean.class, "byte", byte.class, "short", short.class, "char", char.class,
      "int", int.class, "long", long.class, "float", float.class, "double", double.class);

  private final MethodHandles.Lookup lookup;
  private final String text;
  private int at;

  private TypeDescriptors(MethodHandles.Lookup lookup, String text) {
    this.lookup = lookup;
    this.text = text;
  }

  /** The type {@code descriptor} names. */
  static Type parse(MethodHandles.Lookup lookup, String descriptor) {
    TypeDescriptors reader = new TypeDescriptors(lookup, descriptor);
    Type type = reader.type();
    if (reader.at != descriptor.length()) {
      throw reader.malformed();
    }
    return type;
  }

  /** The class a value of {@code type} has at most: its erasure, which a method handle's type is made of. */
  static Class<?> erasure(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    if (type instanceof GenericArrayType array) {
      return erasure(array.getGenericComponentType()).arrayType();
    }
    throw new IllegalArgumentException("not a component type: " + type);
  }

  private Type type() {
    int start = at;
    while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
      at++;
    }
    if (start == at) {
      throw malformed();
    }
    String name = text.substring(start, at);
    Type type = PRIMITIVES.containsKey(name) ? PRIMITIVES.get(name) : find(name);
    if (at < text.length() && text.charAt(at) == '<') {
      List<Type> arguments = new ArrayList<>();
      do {
        at++;
        arguments.add(type());
      } while (at < text.length() && text.charAt(at) == ',');
      expect('>');
      type = Types.parameterized((Class<?>) type, arguments.toArray(Type[]::new));
    }
    while (at < text.length() && text.charAt(at) == '[') {
      at++;
      expect(']');
      type = type instanceof Class<?> component ? component.arrayType() : Types.arrayOf(type);
    }
    return type;
  }

  private Class<?> find(String binaryName) {
    try {
      return lookup.findClass(binaryName);
    } catch (ClassNotFoundException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          "the codecs of " + lookup.lookupClass().getName() + " name " + binaryName + ", which it cannot see: " + e, e);
    }
  }

  private void expect(char c) {
    if (at >= text.length() || text.charAt(at) != c) {
      throw malformed();
    }
    at++;
  }

  private IllegalArgumentException malformed() {
    return new IllegalArgumentException("malformed type at " + at + ": " + text);
  }
}
