package dev.flowdef.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowdef.runtime.Types;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Codecs linked from a description as the processor writes it: types found through the caller's lookup, accessors
 * and constructor as method handles, and a clear error for a description that does not fit.
 */
class JsonCodecLinkTest {
  enum Size { SMALL, LARGE }

  record Dish(String name, int priceCents, List<String> tags, Size size, Map<String, int[]> extras) {
    Dish {
      if (priceCents < 0) {
        throw new IllegalArgumentException("a price is not negative");
      }
    }
  }

  private static final String DESCRIPTION = """
      [
        {"record": "dev.flowdef.runtime.json.JsonCodecLinkTest$Dish", "properties": [{"name": "name", "type": "java.lang.String"}, {"name": "price-cents", "component": "priceCents", "type": "int"}, {"name": "tags", "type": "java.util.List<java.lang.String>"}, {"name": "size", "type": "dev.flowdef.runtime.json.JsonCodecLinkTest$Size"}, {"name": "extras", "type": "java.util.Map<java.lang.String,int[]>"}]},
        {"enum": "dev.flowdef.runtime.json.JsonCodecLinkTest$Size", "strings": ["small", "LARGE"]}
      ]""";

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(GeneratedCodecs.of(JsonCodec.link(MethodHandles.lookup(), DESCRIPTION)))
      .build();

  @Test
  void writesAndReadsARecordThroughItsLinkedAccessorsAndConstructor() throws Exception {
    Dish dish = new Dish("soup", 450, List.of("hot"), Size.SMALL, Map.of("bread", new int[] {1, 2}));

    String json = mapper.writeValueAsString(dish);
    assertEquals("{\"name\":\"soup\",\"price-cents\":450,\"tags\":[\"hot\"],\"size\":\"small\","
        + "\"extras\":{\"bread\":[1,2]}}", json);
    Dish read = mapper.readValue(json, Dish.class);
    assertEquals(List.of(dish.name(), dish.priceCents(), dish.tags(), dish.size()),
        List.of(read.name(), read.priceCents(), read.tags(), read.size()));
    assertEquals(2, read.extras().get("bread")[1]);
    assertTrue(mapper.getSerializerProviderInstance().findValueSerializer(Dish.class) instanceof RecordSerializer);
  }

  @Test
  void aConstructorThatThrowsIsJacksonsInstantiationErrorAndAMissingPrimitiveIsZero() throws Exception {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"price-cents\":-1}", Dish.class));
    assertTrue(e.getMessage().contains("a price is not negative"), e.getMessage());
    assertEquals(0, mapper.readValue("{\"name\":\"x\"}", Dish.class).priceCents());
  }

  @Test
  void readsTheTypesOfComponentsInJavasNotation() {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    assertEquals(int.class, TypeDescriptors.parse(lookup, "int"));
    assertEquals(String[][].class, TypeDescriptors.parse(lookup, "java.lang.String[][]"));
    assertEquals(Types.parameterized(Map.class, String.class, Types.parameterized(List.class, Dish.class)),
        TypeDescriptors.parse(lookup, "java.util.Map<java.lang.String,java.util.List<"
            + "dev.flowdef.runtime.json.JsonCodecLinkTest$Dish>>"));
    assertEquals(Types.arrayOf(Types.parameterized(List.class, String.class)),
        TypeDescriptors.parse(lookup, "java.util.List<java.lang.String>[]"));
    assertEquals(List[].class, TypeDescriptors.erasure(TypeDescriptors.parse(lookup, "java.util.List<int[]>[]")));
  }

  @Test
  void aDescriptionThatDoesNotFitFailsClearly() {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    assertMessage(IllegalArgumentException.class, "are not JSON", () -> JsonCodec.link(lookup, "[{"));
    assertMessage(IllegalArgumentException.class, "not a codec description", () -> JsonCodec.link(lookup, "[1]"));
    assertMessage(IllegalArgumentException.class, "cannot see",
        () -> JsonCodec.link(lookup, "[{\"enum\": \"no.such.Type\", \"strings\": []}]"));
    assertMessage(IllegalArgumentException.class, "malformed type",
        () -> TypeDescriptors.parse(lookup, "java.util.List<java.lang.String"));
    // A component whose type is not the record's: found when Jackson first asks for the codec.
    ObjectMapper wrong = JsonMapper.builder().addModule(GeneratedCodecs.of(JsonCodec.link(lookup,
        "[{\"record\": \"dev.flowdef.runtime.json.JsonCodecLinkTest$Dish\", \"properties\": "
            + "[{\"name\": \"name\", \"type\": \"int\"}]}]"))).build();
    Exception e = assertThrows(Exception.class, () -> wrong.writeValueAsString(
        new Dish("soup", 1, List.of(), Size.LARGE, Map.of())));
    assertTrue(String.valueOf(e.getMessage()).contains("does not match the record")
        || String.valueOf(e.getCause()).contains("does not match the record"), String.valueOf(e));
  }

  @Test
  void readsTheDescriptionFromTheResourceStreamABindingOpens() throws Exception {
    InputStream resource = new ByteArrayInputStream(DESCRIPTION.getBytes(StandardCharsets.UTF_8));
    ObjectMapper fromStream = JsonMapper.builder()
        .addModule(GeneratedCodecs.of(JsonCodec.link(MethodHandles.lookup(), resource)))
        .build();
    Dish dish = new Dish("soup", 450, List.of(), Size.LARGE, Map.of());

    assertEquals(mapper.writeValueAsString(dish), fromStream.writeValueAsString(dish));
    assertMessage(IllegalStateException.class, "resource JsonCodecLinkTest.codecs.json, which was not found",
        () -> JsonCodec.link(MethodHandles.lookup(), (InputStream) null));
  }

  private static void assertMessage(Class<? extends Exception> type, String part, Runnable call) {
    Exception e = assertThrows(type, call::run);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
