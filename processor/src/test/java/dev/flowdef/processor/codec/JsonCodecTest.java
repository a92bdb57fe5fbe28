package dev.flowdef.processor.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.testing.compile.JavaFileObjects;
import dev.flowdef.processor.support.CompiledFlows;
import dev.flowdef.processor.support.Corpus;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowHandler;
import dev.flowdef.runtime.json.GeneratedCodecs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles flows whose records and enums get generated codecs, and shows that Jackson uses them once the runtime's
 * mapper is configured from the bindings, and that they read and write exactly what Jackson's own codecs do: the same
 * bytes, the same values, the same errors with the same paths.
 */
@Timeout(60)
class JsonCodecTest {
  @TempDir static Path output;
  private static CompiledFlows compiled;
  private static FlowRegistry registry;

  @BeforeAll
  static void compile() {
    // -processing: nobody claims the Jackson annotations, which only Jackson reads at run time
    compiled = CompiledFlows.compile(output, List.of("-Xlint:all,-processing", "-Werror"), "codec/CodecFlows.java");
    registry = compiled.discover();
  }

  @AfterAll
  static void close() throws Exception {
    compiled.close();
  }

  /**
   * Jackson as the processor's schemas describe the JSON (the JDK 8 and java.time modules, dates as text), with or
   * without the generated codecs: the reference the server's own mapper is held to.
   */
  static ObjectMapper mapper(FlowRegistry registry, boolean generated, boolean failOnUnknown) {
    JsonMapper.Builder builder = JsonMapper.builder()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknown)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    if (generated) {
      builder.addModule(GeneratedCodecs.of(registry.jsonCodecs()));
    }
    return builder.build();
  }

  /** The mapper the server builds for the flows when the application gives none. */
  static ObjectMapper serversMapper(FlowRegistry registry) {
    return FlowHandler.builder(registry).build().objectMapper();
  }

  private static final String[] GENERATED = {"Scalars", "Others", "Order", "Line", "Course", "Awkward", "Empty"};
  private static final String[] JACKSONS = {"Code", "Hidden"};
  /** The package of the runtime's table-driven codecs, which the generated descriptions configure. */
  private static final String RUNTIME_CODECS = "dev.flowdef.runtime.json.";

  @Test
  void theRuntimesMapperUsesTheGeneratedCodecsOfPlainRecordsAndEnums() throws Exception {
    ObjectMapper mapper = serversMapper(registry);
    for (String type : GENERATED) {
      String kind = type.equals("Course") ? "Enum" : "Record";
      assertEquals(RUNTIME_CODECS + kind + "Serializer", serializerOf(mapper, type), type);
      assertEquals(RUNTIME_CODECS + kind + "Deserializer", deserializerOf(mapper, type), type);
    }
    for (String type : JACKSONS) {
      assertFalse(serializerOf(mapper, type).startsWith(RUNTIME_CODECS), type);
      assertFalse(deserializerOf(mapper, type).startsWith(RUNTIME_CODECS), type);
    }
  }

  @Test
  void aMapperGivenByTheApplicationIsUsedAsItIs() throws Exception {
    ObjectMapper own = new ObjectMapper();
    ObjectMapper mapper = FlowHandler.builder(registry).objectMapper(own).build().objectMapper();
    assertTrue(mapper == own);
    assertFalse(serializerOf(mapper, "Scalars").startsWith(RUNTIME_CODECS));
  }

  @Test
  void aMapperThatWritesRecordsDifferentlyKeepsJacksonsCodecs() throws Exception {
    ObjectMapper sorted = ((JsonMapper) mapper(registry, true, false)).rebuild()
        .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
    assertFalse(serializerOf(sorted, "Scalars").startsWith(RUNTIME_CODECS));
  }

  @Test
  void readsAndWritesTheSameBytesAsJackson() throws Exception {
    CodecSamples.check(registry, compiled.classLoader(), CodecSamples.VALID);
  }

  @Test
  void failsWithJacksonsErrorsAndPaths() throws Exception {
    CodecSamples.checkErrors(registry, compiled.classLoader(), CodecSamples.INVALID, false);
  }

  @Test
  void failsOnUnknownPropertiesWhenTheMapperDoes() throws Exception {
    CodecSamples.checkErrors(registry, compiled.classLoader(), CodecSamples.UNKNOWN, true);
  }

  @Test
  void writesAndReadsEverySchemaCorpusSampleAsJacksonDoes() throws Exception {
    Corpus corpus = Corpus.get();
    FlowRegistry corpusFlows = corpus.compiled().discover();
    ObjectMapper databind = mapper(corpusFlows, false, false);
    ObjectMapper generated = serversMapper(corpusFlows);
    @SuppressWarnings("unchecked") // Samples.valid() is declared to return this
    Map<String, List<Object>> samples =
        (Map<String, List<Object>>) corpus.compiled().load("corpus.Samples").getMethod("valid").invoke(null);
    assertFalse(corpusFlows.jsonCodecs().isEmpty());
    samples.forEach((flow, values) -> {
      JavaType type = databind.constructType(corpus.descriptor(flow).inputType());
      for (Object value : values) {
        compare(databind, generated, type, value, flow);
      }
    });
  }

  /** Writes and reads {@code value} with both mappers: the same bytes, the same values, or the same failure. */
  private static void compare(ObjectMapper databind, ObjectMapper generated, JavaType type, Object value, String flow) {
    byte[] written;
    try {
      written = databind.writerFor(type).writeValueAsBytes(value);
    } catch (IOException e) {
      assertSameFailure(e,
          assertThrows(IOException.class, () -> generated.writerFor(type).writeValueAsBytes(value)), flow);
      return;
    }
    try {
      assertSameBytes(written, generated.writerFor(type).writeValueAsBytes(value), "written " + flow);
      // Jackson may not read back what it wrote (an offset date-time comes back in UTC, a type id it does not
      // know): compare the reads
      Object expected;
      try {
        expected = databind.readValue(written, type);
      } catch (IOException e) {
        assertSameFailure(e, assertThrows(IOException.class, () -> generated.readValue(written, type)), flow);
        return;
      }
      byte[] readBack = databind.writerFor(type).writeValueAsBytes(expected);
      Object read = generated.readValue(written, type);
      assertSameBytes(readBack, databind.writerFor(type).writeValueAsBytes(read), "read " + flow);
    } catch (IOException e) {
      throw new AssertionError(flow, e);
    }
  }

  private static String serializerOf(ObjectMapper mapper, String type) throws Exception {
    Class<?> raw = compiled.load("codec.CodecFlows$" + type);
    return mapper.getSerializerProviderInstance().findTypedValueSerializer(raw, true, null).getClass().getName();
  }

  private static String deserializerOf(ObjectMapper mapper, String type) throws Exception {
    JavaType javaType = mapper.constructType(compiled.load("codec.CodecFlows$" + type));
    DefaultDeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), null, null);
    return ctxt.findRootValueDeserializer(javaType).getClass().getName();
  }

  static void assertSameFailure(Exception expected, Exception actual, String what) {
    assertEquals(expected.getClass(), actual.getClass(), what);
    if (expected instanceof JsonProcessingException json) {
      assertEquals(json.getOriginalMessage(), ((JsonProcessingException) actual).getOriginalMessage(), what);
    }
    if (expected instanceof JsonMappingException mapping) {
      assertEquals(mapping.getPathReference(), ((JsonMappingException) actual).getPathReference(), what);
    }
  }

  static void assertSameBytes(byte[] expected, byte[] actual, String what) {
    assertArrayEquals(expected, actual, () -> what + ": " + new String(expected) + " vs " + new String(actual));
  }


  @Test
  void aClassWhoseCodecsDescriptionExceedsAStringConstantsLimitCompilesAndLinks(@TempDir Path bigOutput)
      throws Exception {
    // 250 records of five components: about 75 KiB of description, more than javac allows in one string constant
    List<JavaFileObject> sources = new ArrayList<>();
    StringBuilder flows = new StringBuilder("package big;\n\npublic class BigFlows {\n");
    for (int i = 0; i < 250; i++) {
      sources.add(JavaFileObjects.forSourceString("big.Query" + i, "package big;\n\npublic record Query" + i
          + "(String question, int limit, java.util.List<String> tags, String askedBy, String anotherLongName) {}\n"));
      flows.append("  @dev.flowdef.FlowDef public String ask").append(i).append("(Query").append(i)
          .append(" input) { return input.question(); }\n");
    }
    sources.add(JavaFileObjects.forSourceString("big.BigFlows", flows.append("}\n").toString()));

    try (CompiledFlows big = CompiledFlows.compile(bigOutput, List.of(), sources)) {
      FlowRegistry registry = big.discover();
      assertEquals(250, registry.jsonCodecs().size());
      ObjectMapper mapper = JsonMapper.builder().addModule(GeneratedCodecs.of(registry.jsonCodecs())).build();
      Class<?> last = big.load("big.Query249");
      Object query = mapper.readValue("{\"question\": \"why\", \"limit\": 2, \"tags\": [\"a\"]}", last);
      assertEquals("{\"question\":\"why\",\"limit\":2,\"tags\":[\"a\"],\"askedBy\":null,\"anotherLongName\":null}",
          mapper.writeValueAsString(query));
      assertTrue(mapper.getSerializerProviderInstance().findValueSerializer(last).getClass().getName()
          .startsWith(RUNTIME_CODECS), "the generated codec");
    }
  }
}
