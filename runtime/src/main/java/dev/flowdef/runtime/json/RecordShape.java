package dev.flowdef.runtime.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;

/**
 * A record as its codecs see it: its properties in the record's order, each with its JSON name, its component's
 * declared type and its accessor, and its canonical constructor. Accessors and constructor are method handles found
 * once, by the names and types the processor wrote, through the binding's lookup.
 *
 * @param type the record
 * @param properties its properties, in the order of its components
 * @param constructor its canonical constructor, taking the components' values as an {@code Object[]} (primitives
 *     boxed) and returning the record as an {@code Object}
 */
record RecordShape(Class<?> type, List<Property> properties, MethodHandle constructor) {
  /**
   * One property of the record.
   *
   * @param name the JSON name
   * @param type the component's declared type, primitives as themselves ({@code int.class})
   * @param accessor reads the value: {@code (Object) -> Object}, primitives boxed
   */
  record Property(String name, Type type, MethodHandle accessor) {
    /** The property's value in {@code record}. */
    Object of(Object record) {
      try {
        return (Object) accessor.invokeExact(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) { // an accessor declares no checked exception, but may throw one anyway
        throw new UndeclaredThrowableException(e);
      }
    }
  }

  /** A component as described: its JSON name, the accessor's name, and its declared type. */
  record Component(String name, String accessor, Type type) {}

  /** Finds the accessors and the canonical constructor of {@code type} with these components. */
  static RecordShape link(MethodHandles.Lookup lookup, Class<?> type, List<Component> components) {
    Class<?>[] parameters = new Class<?>[components.size()];
    List<Property> properties = new ArrayList<>();
    try {
      for (int i = 0; i < parameters.length; i++) {
        Component component = components.get(i);
        parameters[i] = TypeDescriptors.erasure(component.type());
        MethodHandle accessor = lookup.findVirtual(type, component.accessor(), MethodType.methodType(parameters[i]));
        properties.add(
            new Property(component.name(), component.type(), accessor.asType(MethodType.genericMethodType(1))));
      }
      MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameters))
          .asSpreader(Object[].class, parameters.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
      return new RecordShape(type, List.copyOf(properties), constructor);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("the codec of " + type.getName() + " does not match the record (compiled"
          + " against another version of it?): " + e, e);
    }
  }

  /** A new record of these values, in the order of the properties. */
  Object construct(Object[] values) {
    try {
      return (Object) constructor.invokeExact(values);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) { // a canonical constructor declares no checked exception, but may throw one anyway
      throw new UndeclaredThrowableException(e);
    }
  }
}
