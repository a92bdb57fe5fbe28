package dev.flowdef.runtime.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The serializer and deserializer of one record or enum a flow uses, so the HTTP transport reads and writes it without
 * Jackson's reflection. The processor describes each type ({@link #record(Class)}, {@link #enumeration}); the
 * runtime's table-driven codecs do the reading and writing. Each codec is made from the one Jackson would have used
 * (its "standard" codec), which it hands the inputs and settings it does not handle itself.
 *
 * @param type the record or enum
 * @param serializer makes the serializer from Jackson's own
 * @param deserializer makes the deserializer from Jackson's own
 */
public record JsonCodec(
    Class<?> type,
    Function<JsonSerializer<?>, JsonSerializer<?>> serializer,
    Function<JsonDeserializer<?>, JsonDeserializer<?>> deserializer) {

  public JsonCodec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(serializer, "serializer");
    Objects.requireNonNull(deserializer, "deserializer");
  }

  /**
   * Starts the codec of a record, read and written as Jackson does through its accessors and canonical constructor:
   * {@code JsonCodec.record(MenuItem.class).property("dishname", String.class, MenuItem::dishname)
   * .constructor(values -> new MenuItem((String) values[0]))}.
   */
  public static <T> RecordCodec<T> record(Class<T> type) {
    return new RecordCodec<>(type);
  }

  /**
   * The codec of an enum written as the strings of its constants: {@code names[i]} is the JSON string of
   * {@code constants[i]}.
   */
  public static JsonCodec enumeration(Class<?> type, Enum<?>[] constants, String... names) {
    if (!type.isEnum() || constants.length != names.length) {
      throw new IllegalArgumentException(type + ": " + constants.length + " constants, " + names.length + " names");
    }
    List<Enum<?>> values = List.of(constants);
    List<String> strings = List.of(names);
    return new JsonCodec(type,
        standard -> new EnumSerializer(type, standard, values, strings),
        standard -> new EnumDeserializer(type, standard, values, strings));
  }
}
