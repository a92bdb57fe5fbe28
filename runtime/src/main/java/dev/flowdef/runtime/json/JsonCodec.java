package dev.flowdef.runtime.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The serializer and deserializer of one record or enum a flow uses, so the HTTP transport reads and writes it without
 * Jackson's reflection. The processor describes each type in the binding it generates, and {@link #link} turns the
 * description into codecs; the runtime's table-driven codecs do the reading and writing. Each codec is made from the
 * one Jackson would have used (its "standard" codec), which it hands the inputs and settings it does not handle.
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
   * The codecs of the records and enums in {@code description}, which a generated binding writes (its format is
   * {@link CodecLinker}'s), linked through the binding's {@code lookup}: a record's accessors and canonical constructor
   * become method handles when Jackson first asks for its codec, so nothing is looked up by reflection per request.
   *
   * @throws IllegalArgumentException if the description is not one the processor writes, or names a type the lookup
   *     cannot see
   */
  public static List<JsonCodec> link(MethodHandles.Lookup lookup, String description) {
    return CodecLinker.link(Objects.requireNonNull(lookup, "lookup"), Objects.requireNonNull(description, "description"));
  }
}
