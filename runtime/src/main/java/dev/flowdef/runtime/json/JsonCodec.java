package dev.flowdef.runtime.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
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
    return CodecLinker.link(
        Objects.requireNonNull(lookup, "lookup"), Objects.requireNonNull(description, "description"));
  }

  /**
   * The codecs described in the resource a generated binding opens beside its class
   * ({@code MenuFlows_Flows.codecs.json} for {@code MenuFlows_Flows}), as {@link #link(MethodHandles.Lookup, String)}
   * links them; the stream is closed. A resource rather than a string constant in the class: javac would refuse a
   * constant of more than 64 KiB, the description of some 170 records, and it need not read the description as
   * source.
   *
   * @param description the resource's stream, {@code null} when it was not found
   * @throws IllegalStateException if the resource was not found
   * @throws UncheckedIOException if it cannot be read
   * @throws IllegalArgumentException if the description is not one the processor writes, or names a type the lookup
   *     cannot see
   */
  public static List<JsonCodec> link(MethodHandles.Lookup lookup, InputStream description) {
    Class<?> binding = Objects.requireNonNull(lookup, "lookup").lookupClass();
    if (description == null) {
      throw new IllegalStateException("The JSON codecs of " + binding.getName() + " are missing: the annotation "
          + "processor writes them beside the class, as the resource " + binding.getSimpleName() + ".codecs.json, "
          + "which was not found. Package the class with the resources generated next to it.");
    }
    try (InputStream in = description) {
      return link(lookup, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the JSON codecs of " + binding.getName(), e);
    }
  }
}
