package dev.flowdef.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.flowdef.processor.support.Corpus;
import dev.flowdef.runtime.schema.FlowSchemas;
import dev.flowdef.runtime.schema.SchemaInputValidator;
import dev.flowdef.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas the processor writes for a corpus of types covering what Flowdef describes: valid JSON Schema, accepting
 * what Jackson writes from real objects, and rejecting broken instances at the right path.
 */
@Timeout(120)
class SchemaCorpusTest {
  private static Corpus corpus;
  private static SchemaInputValidator validator;

  @BeforeAll
  static void compile() {
    corpus = Corpus.get();
    validator = SchemaInputValidator.of(corpus.manifest());
  }

  @Test
  void describesEveryCorpusFlowAndAtLeastFortyTypes() {
    Set<String> flows = corpus.manifest().names();
    assertTrue(flows.size() >= 40, "flows: " + flows.size());
    assertTrue(corpus.manifest().json().get("$defs").size() >= 40, "named types");
    assertEquals(corpus.samples().keySet(), Set.copyOf(flows.stream().filter(f -> !f.equals("order")).toList()),
        "every flow whose input is a corpus type has samples");
  }

  @Test
  void everySchemaIsValidDraft202012() {
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<String> invalid = new ArrayList<>();
    for (ObjectNode document : documents(false)) {
      Set<ValidationMessage> messages = meta.validate(document);
      if (!messages.isEmpty()) {
        invalid.add(messages + " in " + document);
      }
    }
    assertEquals(List.of(), invalid);
  }

  @Test
  void everyDraft07RenderingIsValidDraft07WithoutNullInTypeUnions() {
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    List<String> invalid = new ArrayList<>();
    for (ObjectNode document : documents(true)) {
      Set<ValidationMessage> messages = meta.validate(document);
      if (!messages.isEmpty()) {
        invalid.add(messages + " in " + document);
      }
      String text = document.toString();
      if (text.contains("\"null\"") || text.contains("$defs")) {
        invalid.add("null or $defs in " + text);
      }
    }
    assertEquals(List.of(), invalid);
  }

  @Test
  void acceptsWhatJacksonWritesFromRealObjects() {
    List<String> rejected = new ArrayList<>();
    corpus.samples().forEach((flow, instances) -> {
      for (JsonNode instance : instances) {
        List<Violation> violations = validator.validate(corpus.descriptor(flow), instance);
        if (!violations.isEmpty()) {
          rejected.add(flow + " " + instance + ": " + violations);
        }
      }
    });
    assertEquals(List.of(), rejected);
  }

  static Stream<Corpus.Invalid> invalidInstances() {
    return Corpus.invalid().stream();
  }

  @ParameterizedTest
  @MethodSource("invalidInstances")
  void rejectsABrokenInstanceAtItsPath(Corpus.Invalid invalid) {
    List<Violation> violations = validator.validate(corpus.descriptor(invalid.flow()), invalid.node());
    assertFalse(violations.isEmpty(), "accepted");
    assertTrue(violations.stream().anyMatch(v -> v.path().equals(invalid.path())),
        "expected a violation at " + invalid.path() + ", got " + violations);
  }

  @Test
  void writesIntegerBoundsFormatsAndUniqueItems() {
    JsonNode primitives = definition("corpus.Values.Primitives").get("properties");
    assertEquals(-2147483648L, primitives.at("/i/minimum").asLong());
    assertEquals(Long.MAX_VALUE, primitives.at("/l/maximum").asLong());
    assertEquals("number", primitives.at("/f/type").asText());
    assertEquals(1, primitives.at("/c/maxLength").asInt());
    JsonNode times = definition("corpus.Values.Times").get("properties");
    assertEquals("date-time", times.at("/instant/format").asText());
    assertEquals("date", times.at("/date/format").asText());
    assertTrue(definition("corpus.Containers.Sets").at("/properties/tags/uniqueItems").asBoolean());
    assertEquals("base64", definition("corpus.Values.Bytes").at("/properties/data/contentEncoding").asText());
  }

  @Test
  void namesAndDescribesPropertiesAsJacksonAndJavadocSay() {
    JsonNode renamed = definition("corpus.Shop.Renamed");
    assertEquals("A record renamed by Jackson", renamed.get("description").asText());
    assertEquals(List.of("first_name", "must", "count"), names(renamed.get("properties")));
    assertEquals(List.of("first_name", "must", "count"), texts(renamed.get("required")));
    assertEquals("how many", renamed.at("/properties/count/description").asText());
    JsonNode money = definition("corpus.Shop.Money");
    assertEquals("An amount of money.", money.get("description").asText());
    assertEquals("the ISO 4217 code, for example EUR", money.at("/properties/currency/description").asText());
    assertEquals(List.of("mild", "hot", "EXTRA_HOT"), texts(definition("corpus.Enums.Spice").get("enum")));
    assertEquals(List.of("a-1", "b-2"), texts(definition("corpus.Enums.Code").get("enum")));
    assertEquals("integer", definition("corpus.Enums.Level").get("type").asText());
    assertEquals(List.of("1", "2"), texts(definition("corpus.Enums.Level").get("enum")));
  }

  @Test
  void describesSealedInterfacesWithTheirTypeIds() {
    assertEquals(2, definition("corpus.Shapes.Shape").get("oneOf").size());
    assertEquals("circle", definition("corpus.Shapes.Circle").at("/properties/kind/const").asText());
    assertEquals("created", definition("corpus.Shapes.Created").at("/properties/@type/const").asText());
    assertEquals("Shapes$Deleted", definition("corpus.Shapes.Deleted").at("/properties/@type/const").asText());
    assertEquals(2, definition("corpus.Shapes.Animal").get("anyOf").size());
  }

  @Test
  void publishesAFlowsThreeSchemasAndWhetherItStreams() {
    JsonNode order = flowEntry("order");
    assertEquals("/order", order.get("path").asText());
    assertTrue(order.get("streams").asBoolean());
    assertEquals("#/$defs/corpus.Shop.LineItem", order.at("/inputSchema/$ref").asText());
    assertEquals("#/$defs/corpus.Shop.Page(corpus.Shop.LineItem)", order.at("/outputSchema/$ref").asText());
    assertEquals("#/$defs/corpus.Shop.Money", order.at("/chunkSchema/$ref").asText());
    assertFalse(flowEntry("money").get("streams").asBoolean());
    assertFalse(flowEntry("money").has("chunkSchema"));
  }

  private static JsonNode definition(String id) {
    JsonNode definition = corpus.manifest().json().get("$defs").get(id);
    assertTrue(definition != null, "no definition " + id);
    return definition;
  }

  private static JsonNode flowEntry(String name) {
    for (JsonNode flow : corpus.manifest().json().get("flows")) {
      if (flow.get("name").asText().equals(name)) {
        return flow;
      }
    }
    throw new AssertionError("no flow " + name);
  }

  /** Every input, output and chunk schema of every flow, as a standalone document. */
  private static List<ObjectNode> documents(boolean draft07) {
    List<ObjectNode> documents = new ArrayList<>();
    for (String name : corpus.manifest().names()) {
      FlowSchemas schemas = corpus.manifest().schemas(name).orElseThrow();
      FlowSchemas rendered = draft07 ? schemas.draft07() : schemas;
      Stream.of(rendered.input(), rendered.output(), rendered.chunk()).flatMap(Optional::stream)
          .forEach(documents::add);
    }
    return documents;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.properties().forEach((Map.Entry<String, JsonNode> e) -> names.add(e.getKey()));
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
