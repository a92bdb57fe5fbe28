package dev.flowdef.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.flowdef.processor.support.Corpus;
import dev.flowdef.runtime.schema.RuntimeFlowSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * victools jsonschema-generator, which derives schemas from classes at run time, is the oracle: for every corpus flow,
 * its schema of the input type and the processor's accept and reject the same instances (Jackson's output of real
 * objects, and the corpus's broken instances), except where {@link #DIFFERENCES} names why they differ on purpose.
 *
 * <p>victools runs as the runtime configures it for flows defined at run time ({@link RuntimeFlowSchemas}): Jackson
 * and Jakarta Validation modules, Draft 2020-12, and Flowdef's nullability (required unless {@code Optional} or
 * annotated {@code Nullable}, which also allows null). So this also shows that both kinds of flow publish equivalent
 * schemas.
 */
@Timeout(120)
class VictoolsOracleTest {

  /** Instances (flow and JSON) on which the two schemas disagree on purpose, with the reason. */
  static final Map<String, String> DIFFERENCES = differences();

  private static Map<String, String> differences() {
    Map<String, String> differences = new LinkedHashMap<>();
    differ(differences, "victools describes byte and Byte as strings; Jackson writes them as numbers", "primitives",
        "{\"flag\":true,\"b\":-128,\"s\":32767,\"i\":-2147483648,\"l\":9223372036854775807,\"f\":1.5,"
            + "\"d\":-2.25,\"c\":\"x\"}");
    differ(differences, "victools describes byte and Byte as strings; Jackson writes them as numbers", "boxes",
        "{\"flag\":false,\"b\":1,\"s\":2,\"i\":3,\"l\":4,\"f\":5.0,\"d\":6.0,\"c\":\"y\"}");
    differ(differences, "victools gives LocalDateTime and LocalTime the formats date-time and time, which require an "
        + "offset that Jackson does not write for them; the processor gives them no format", "times",
        "{\"instant\":\"2026-01-02T02:04:05Z\",\"offsetDateTime\":\"2026-01-02T03:04:05+01:00\","
            + "\"zonedDateTime\":\"2026-01-02T03:04:05Z\",\"date\":\"2026-01-02\",\"localDateTime\":"
            + "\"2026-01-02T03:04:00\",\"localTime\":\"03:04:05\",\"offsetTime\":\"03:04:05-02:00\","
            + "\"duration\":\"PT1H30M\",\"period\":\"P1Y2M3D\"}");
    differ(differences, "Jackson writes byte[] as one base64 string and char[] as one string; victools describes "
        + "arrays", "bytes", "{\"data\":\"AAH/\",\"letters\":\"hi\"}");
    differ(differences, "the processor bounds int to 32 bits and long to 64, as Jackson reads them; victools only "
        + "says integer", "number", "2147483648");
    differ(differences, "a char is one character (minLength and maxLength 1); victools allows any string", "letter",
        "\"\"");
    differ(differences, "Jackson renames the enum constants that have @JsonProperty; victools renames them only "
        + "when every constant has one", "spice", "\"mild\"", "\"hot\"", "\"MILD\"");
    differ(differences, "Jackson renames the enum constants that have @JsonProperty; victools renames them only "
        + "when every constant has one", "dish", "{\"size\":\"MEDIUM\",\"spice\":\"hot\",\"code\":\"b-2\"}");
    differ(differences, "Jackson writes the value of a @JsonValue field, as the processor says; victools reads "
        + "@JsonValue on methods only", "level", "1", "2");
    differ(differences, "a set holds each element once, so the processor writes uniqueItems; victools does not",
        "sets", "{\"tags\":[\"a\",\"a\"],\"ids\":[]}");
    differ(differences, "a set holds each element once, so the processor writes uniqueItems; victools does not",
        "sizes", "[\"SMALL\",\"SMALL\"]");
    differ(differences, "the processor limits an enum-keyed map's keys to the enum's values (propertyNames); "
        + "victools allows any key", "maps", "{\"stock\":{},\"bySize\":{\"HUGE\":\"x\"}}");
    differ(differences, "victools describes OptionalInt, OptionalLong and OptionalDouble as objects; Jackson's "
        + "Jdk8Module writes the number or null", "optionals",
        "{\"nickname\":\"Al\",\"age\":3,\"big\":4,\"ratio\":0.5,\"size\":\"SMALL\"}");
    differ(differences, "victools describes an Optional or OptionalInt that is the whole input as an object; Jackson "
        + "writes the value or null", "maybeText", "\"x\"");
    differ(differences, "victools describes an Optional or OptionalInt that is the whole input as an object; Jackson "
        + "writes the value or null", "maybeNumber", "7");
    differ(differences, "the processor finds a sealed interface's records through its permits clause; victools only "
        + "through @JsonSubTypes (Jackson, too, needs @JsonSubTypes or registered subtypes to read them back)",
        "event", "{\"@type\":\"created\",\"id\":\"c1\"}", "{\"@type\":\"Shapes$Deleted\",\"id\":\"d1\"}");
    differ(differences, "the processor finds a sealed interface's records through its permits clause; victools only "
        + "through @JsonSubTypes, and allows any object without it", "animal", "{\"name\":\"Tom\"}");
    differ(differences, "@NotBlank also rejects whitespace, which the processor says with a pattern; victools only "
        + "says minLength 1", "signup", "{\"name\":\" \",\"email\":\"ann@example.org\",\"password\":"
            + "\"secret-pass\",\"handle\":\"ann\",\"age\":30,\"interests\":[\"soup\"],\"labels\":{},"
            + "\"referrals\":0}");
    differ(differences, "Jakarta's @Pattern matches the whole value while JSON Schema's pattern searches in it, so "
        + "the processor anchors the expression; victools does not", "signup", "{\"name\":\"Ann\",\"email\":"
            + "\"ann@example.org\",\"password\":\"secret-pass\",\"handle\":\"Ann1\",\"age\":30,"
            + "\"interests\":[\"soup\"],\"labels\":{},\"referrals\":0}");
    return differences;
  }

  private static void differ(Map<String, String> differences, String reason, String flow, String... instances) {
    for (String instance : instances) {
      differences.put(flow + " " + instance, reason);
    }
  }

  @Test
  void victoolsAndTheProcessorAcceptAndRejectTheSameInstances() {
    Corpus corpus = Corpus.get();
    RuntimeFlowSchemas victools = new RuntimeFlowSchemas(); // what flows defined at run time publish
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();

    Map<String, List<JsonNode>> instances = new LinkedHashMap<>();
    corpus.samples().forEach((flow, samples) -> instances.computeIfAbsent(flow, f -> new ArrayList<>())
        .addAll(samples));
    Corpus.invalid().forEach(invalid -> instances.computeIfAbsent(invalid.flow(), f -> new ArrayList<>())
        .add(invalid.node()));

    List<String> disagreements = new ArrayList<>();
    List<String> seenDifferences = new ArrayList<>();
    instances.forEach((flow, nodes) -> {
      JsonSchema ours = factory.getSchema(corpus.manifest().schemas(flow).orElseThrow().input().orElseThrow(), config);
      JsonNode theirsNode = victools.schema(corpus.descriptor(flow).inputType());
      JsonSchema theirs = factory.getSchema(theirsNode, config);
      for (JsonNode node : nodes) {
        boolean oursAccepts = ours.validate(node).isEmpty();
        boolean theirsAccepts = theirs.validate(node).isEmpty();
        String key = flow + " " + node;
        if (DIFFERENCES.containsKey(key)) {
          seenDifferences.add(key);
          if (oursAccepts == theirsAccepts) {
            disagreements.add("named difference no longer differs: " + key);
          }
        } else if (oursAccepts != theirsAccepts) {
          disagreements.add(key + ": processor " + (oursAccepts ? "accepts" : "rejects") + ", victools "
              + (theirsAccepts ? "accepts" : "rejects") + " " + theirs.validate(node) + ours.validate(node));
        }
      }
    });
    assertEquals(List.of(), disagreements);
    assertEquals(DIFFERENCES.keySet(), Set.copyOf(seenDifferences), "every named difference is exercised");
  }


}
