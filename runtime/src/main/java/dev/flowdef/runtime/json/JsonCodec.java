package dev.flowdef.runtime.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.util.Objects;
import java.util.function.Function;

/**
 * The serializer and deserializer the processor generated for one record or enum a flow uses, so the HTTP transport
 * reads and writes it without Jackson's reflection. Each is made from the one Jackson would have used (its
 * "standard" codec), which it hands the inputs and settings it does not handle itself.
 *
 * @param type the record or enum
 * @param serializer makes the generated serializer from Jackson's own
 * @param deserializer makes the generated deserializer from Jackson's own
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

  /** The codec of {@code type}: {@code JsonCodec.of(MenuItem.class, MenuItemSerializer::new, MenuItemDeserializer::new)}. */
  public static <T> JsonCodec of(
      Class<T> type,
      Function<JsonSerializer<?>, ? extends GeneratedSerializer<T>> serializer,
      Function<JsonDeserializer<?>, ? extends GeneratedDeserializer<T>> deserializer) {
    return new JsonCodec(type, serializer::apply, deserializer::apply);
  }
}
