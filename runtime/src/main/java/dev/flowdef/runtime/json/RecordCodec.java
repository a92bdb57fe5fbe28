package dev.flowdef.runtime.json;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The description of a record's codec that generated code writes, one property at a time in the record's order,
 * then its constructor: everything else (the parsing and writing loops, unknown and absent properties, errors and
 * their paths, Jackson's fallback) is the runtime's, once for all records.
 *
 * @param <T> the record
 */
public final class RecordCodec<T> {
  /**
   * One property of the record.
   *
   * @param name the JSON name
   * @param type the declared type of the component, primitives as themselves ({@code int.class})
   * @param accessor reads the value from a record
   */
  record Property<T>(String name, Type type, Function<T, Object> accessor) {}

  private final Class<T> type;
  private final List<Property<T>> properties = new ArrayList<>();

  RecordCodec(Class<T> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** Adds the next property: its JSON name, its component's declared type, and its accessor. */
  public RecordCodec<T> property(String name, Type type, Function<T, Object> accessor) {
    properties.add(new Property<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(accessor, "accessor")));
    return this;
  }

  /**
   * The codec, which builds records with {@code constructor} from the values of the properties, in their order (a
   * primitive boxed).
   */
  public JsonCodec constructor(Function<Object[], T> constructor) {
    Objects.requireNonNull(constructor, "constructor");
    List<Property<T>> described = List.copyOf(properties);
    return new JsonCodec(type,
        standard -> new RecordSerializer<>(type, standard, described),
        standard -> new RecordDeserializer<>(type, standard, described, constructor));
  }
}
