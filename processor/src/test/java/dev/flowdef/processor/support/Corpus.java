package dev.flowdef.processor.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.schema.FlowManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The schema corpus ({@code flows/corpus/}), compiled once per test run with the processor: its manifest, its flows,
 * real objects of every input type as Jackson writes them, and hand-made invalid instances.
 */
public final class Corpus {
  /** Jackson as Flowdef's transports configure it: JDK 8 types, java.time as ISO-8601 strings. */
  public static final ObjectMapper JACKSON = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  private static final String[] SOURCES = {
    "corpus/Nullable.java", "corpus/typeuse/Nullable.java", "corpus/Values.java", "corpus/Enums.java",
    "corpus/Containers.java", "corpus/Maybe.java", "corpus/Shop.java", "corpus/Shapes.java", "corpus/Checked.java",
    "corpus/CorpusFlows.java", "corpus/Samples.java"
  };
  private static Corpus instance;

  private final CompiledFlows compiled;
  private final FlowManifest manifest;
  private final FlowRegistry registry;

  private Corpus(CompiledFlows compiled) {
    this.compiled = compiled;
    this.manifest = FlowManifest.load(compiled.classLoader());
    this.registry = compiled.discover();
  }

  public static synchronized Corpus get() {
    if (instance == null) {
      try {
        Path output = Files.createTempDirectory("flowdef-corpus");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(output)));
        // -processing: javac warns that nobody claims the corpus's Jackson and Jakarta annotations, which only
        // their runtime reads
        instance = new Corpus(CompiledFlows.compile(output, List.of("-Xlint:all,-processing", "-Werror"), SOURCES));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  public FlowManifest manifest() {
    return manifest;
  }

  public CompiledFlows compiled() {
    return compiled;
  }

  public FlowDescriptor<?, ?, ?> descriptor(String flow) {
    return registry.find(flow).orElseThrow(() -> new AssertionError("no flow " + flow)).descriptor();
  }

  /** Every sample object of every flow's input type, as the JSON Jackson writes for it, by flow. */
  @SuppressWarnings("unchecked") // Samples.valid() is declared to return this
  public Map<String, List<JsonNode>> samples() {
    try {
      Map<String, List<Object>> objects =
          (Map<String, List<Object>>) compiled.load("corpus.Samples").getMethod("valid").invoke(null);
      Map<String, List<JsonNode>> json = new LinkedHashMap<>();
      objects.forEach((flow, values) -> {
        List<JsonNode> nodes = new ArrayList<>();
        values.forEach(value -> nodes.add(JACKSON.valueToTree(value)));
        json.put(flow, nodes);
      });
      return json;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A hand-made instance the flow's input schema rejects, and the path of (one of) its violations.
   *
   * @param flow the flow whose input it is
   * @param json the instance
   * @param path where the violation is, in Genkit's notation
   */
  public record Invalid(String flow, String json, String path) {
    public JsonNode node() {
      try {
        return JACKSON.readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return flow + " " + json;
    }
  }

  /** Instances that break each kind of rule: a missing required property, a wrong type, a constraint, an enum. */
  public static List<Invalid> invalid() {
    return List.of(
        new Invalid("primitives", "{\"flag\": true, \"b\": 1, \"s\": 1, \"i\": 1, \"l\": 1, \"f\": 1, \"d\": 1}",
            "(root)"),
        new Invalid("primitives", "{\"flag\": 1, \"b\": 1, \"s\": 1, \"i\": 1, \"l\": 1, \"f\": 1, \"d\": 1, "
            + "\"c\": \"x\"}", "flag"),
        new Invalid("primitives", "{\"flag\": true, \"b\": 128, \"s\": 1, \"i\": 1, \"l\": 1, \"f\": 1, \"d\": 1, "
            + "\"c\": \"x\"}", "b"),
        new Invalid("primitives", "{\"flag\": true, \"b\": 1, \"s\": 1, \"i\": 2147483648, \"l\": 1, \"f\": 1, "
            + "\"d\": 1, \"c\": \"x\"}", "i"),
        new Invalid("primitives", "{\"flag\": true, \"b\": 1, \"s\": 1, \"i\": 1.5, \"l\": 1, \"f\": 1, \"d\": 1, "
            + "\"c\": \"x\"}", "i"),
        new Invalid("primitives", "{\"flag\": true, \"b\": 1, \"s\": 1, \"i\": 1, \"l\": 1, \"f\": 1, \"d\": 1, "
            + "\"c\": \"xy\"}", "c"),
        new Invalid("boxes", "{\"flag\": \"yes\"}", "flag"),
        new Invalid("bigNumbers", "{\"amount\": \"1.5\", \"count\": 1}", "amount"),
        new Invalid("bigNumbers", "{\"amount\": 1.5, \"count\": 1.5}", "count"),
        new Invalid("times", "{\"instant\": \"2026-01-02T03:04:05Z\", \"offsetDateTime\": \"2026-01-02T03:04:05Z\", "
            + "\"zonedDateTime\": \"2026-01-02T03:04:05Z\", \"date\": \"yesterday\", \"localDateTime\": \"x\", "
            + "\"localTime\": \"x\", \"offsetTime\": \"03:04:05Z\", \"duration\": \"PT1H\", \"period\": \"P1D\"}",
            "date"),
        new Invalid("times", "{\"instant\": 1767236645}", "instant"),
        new Invalid("identifiers", "{\"id\": \"not-a-uuid\", \"link\": \"https://example.org\"}", "id"),
        new Invalid("bytes", "{\"data\": [0, 1], \"letters\": \"hi\"}", "data"),
        new Invalid("text", "5", "(root)"),
        new Invalid("text", "null", "(root)"),
        new Invalid("number", "2147483648", "(root)"),
        new Invalid("letter", "\"\"", "(root)"),
        new Invalid("yesNo", "\"true\"", "(root)"),
        new Invalid("uuid", "\"1234\"", "(root)"),
        new Invalid("bigDecimal", "\"0.1\"", "(root)"),
        new Invalid("instant", "\"2026-01-02\"", "(root)"),
        new Invalid("size", "\"HUGE\"", "(root)"),
        new Invalid("size", "\"small\"", "(root)"),
        new Invalid("spice", "\"MILD\"", "(root)"),
        new Invalid("code", "\"ALPHA\"", "(root)"),
        new Invalid("level", "3", "(root)"),
        new Invalid("dish", "{\"size\": \"SMALL\", \"spice\": \"hot\", \"code\": 5}", "code"),
        new Invalid("dish", "{\"size\": \"XL\", \"spice\": \"hot\", \"code\": \"a-1\"}", "size"),
        new Invalid("lists", "{\"names\": [1], \"counts\": [], \"tags\": [], \"grid\": []}", "names.0"),
        new Invalid("lists", "{\"names\": [], \"counts\": [], \"tags\": [], \"grid\": [[1, \"x\"]]}", "grid.0.1"),
        new Invalid("sets", "{\"tags\": [\"a\", \"a\"], \"ids\": []}", "tags"),
        new Invalid("maps", "{\"stock\": {\"soup\": \"many\"}, \"bySize\": {}}", "stock.soup"),
        new Invalid("maps", "{\"stock\": {}, \"bySize\": {\"HUGE\": \"x\"}}", "bySize"),
        new Invalid("deep", "{\"deep\": [{\"a\": [\"x\"]}]}", "deep.0.a.0"),
        new Invalid("names", "{\"a\": 1}", "(root)"),
        new Invalid("prices", "{\"soup\": \"cheap\"}", "soup"),
        new Invalid("sizes", "[\"SMALL\", \"SMALL\"]", "(root)"),
        new Invalid("optionals", "{\"nickname\": 5}", "nickname"),
        new Invalid("optionals", "{\"size\": \"HUGE\"}", "size"),
        new Invalid("nullables", "{\"note\": null, \"count\": null}", "(root)"),
        new Invalid("nullables", "{\"required\": \"r\", \"count\": \"one\"}", "count"),
        new Invalid("maybeText", "7", "(root)"),
        new Invalid("maybeNumber", "1.5", "(root)"),
        new Invalid("money", "{\"amount\": 1}", "(root)"),
        new Invalid("lineItem", "{\"sku\": \"a\", \"quantity\": 1, \"price\": {\"amount\": \"x\", \"currency\": "
            + "\"EUR\"}}", "price.amount"),
        new Invalid("customer", "{\"name\": \"A\", \"home\": {\"street\": \"s\", \"city\": \"c\"}, \"others\": "
            + "[{\"street\": \"s\"}]}", "others.0"),
        new Invalid("page", "{\"items\": [{\"sku\": 1, \"quantity\": 1, \"price\": {\"amount\": 1, \"currency\": "
            + "\"EUR\"}}], \"total\": 1}", "items.0.sku"),
        new Invalid("pair", "{\"first\": \"a\", \"second\": \"b\"}", "second"),
        new Invalid("catalogue", "{\"prices\": {\"items\": [], \"total\": 0}, \"sized\": {\"first\": 1, "
            + "\"second\": \"XL\"}}", "sized.second"),
        new Invalid("tree", "{\"label\": \"r\", \"children\": [{\"label\": 5, \"children\": []}]}",
            "children.0.label"),
        new Invalid("person", "{\"name\": \"a\", \"employer\": {\"name\": \"c\", \"staff\": [{}]}}",
            "employer.staff.0"),
        new Invalid("company", "{\"name\": \"c\"}", "(root)"),
        new Invalid("renamed", "{\"firstName\": \"a\", \"must\": null, \"count\": 1}", "(root)"),
        new Invalid("renamed", "{\"first_name\": \"a\", \"count\": 1}", "(root)"),
        new Invalid("renamed", "{\"first_name\": \"a\", \"must\": null, \"count\": \"1\"}", "count"),
        new Invalid("filtered", "{}", "(root)"),
        new Invalid("shape", "{\"kind\": \"triangle\", \"radius\": 1}", "(root)"),
        new Invalid("shape", "{\"radius\": 1}", "(root)"),
        new Invalid("circle", "{\"radius\": 1}", "(root)"),
        new Invalid("event", "{\"@type\": \"Deleted\", \"id\": \"d\"}", "(root)"),
        new Invalid("animal", "{\"name\": \"Tom\"}", "(root)"),
        new Invalid("drawing", "{\"main\": {\"kind\": \"square\"}, \"others\": []}", "main"),
        new Invalid("signup", signup("\"name\": \" \""), "name"),
        new Invalid("signup", signup("\"email\": \"not an address\""), "email"),
        new Invalid("signup", signup("\"password\": \"short\""), "password"),
        new Invalid("signup", signup("\"handle\": \"Ann1\""), "handle"),
        new Invalid("signup", signup("\"age\": 17"), "age"),
        new Invalid("signup", signup("\"interests\": []"), "interests"),
        new Invalid("signup", signup("\"labels\": {\"a\": \"1\", \"b\": \"2\", \"c\": \"3\", \"d\": \"4\"}"),
            "labels"),
        new Invalid("signup", signup("\"referrals\": null"), "referrals"),
        new Invalid("measures", measures("\"positive\": 0"), "positive"),
        new Invalid("measures", measures("\"nonNegative\": -1"), "nonNegative"),
        new Invalid("measures", measures("\"negative\": 0"), "negative"),
        new Invalid("measures", measures("\"nonPositive\": 0.5"), "nonPositive"),
        new Invalid("measures", measures("\"ratio\": 9.5"), "ratio"),
        new Invalid("measures", measures("\"ratio\": 0.4"), "ratio"),
        new Invalid("measures", measures("\"price\": 0"), "price"),
        new Invalid("maybeChecked", "{\"code\": \"toolong\"}", "code"),
        new Invalid("maybeChecked", "{\"count\": 0}", "count"));
  }

  /** A valid signup with one property replaced. */
  private static String signup(String replacement) {
    return replace("{\"name\": \"Ann\", \"email\": \"ann@example.org\", \"password\": \"secret-pass\", "
        + "\"handle\": \"ann\", \"age\": 30, \"interests\": [\"soup\"], \"labels\": {}, \"referrals\": 0}",
        replacement);
  }

  private static String measures(String replacement) {
    return replace("{\"positive\": 1, \"nonNegative\": 0, \"negative\": -1, \"nonPositive\": 0, \"ratio\": 1, "
        + "\"price\": 1}", replacement);
  }

  private static String replace(String json, String replacement) {
    try {
      ObjectNode base = (ObjectNode) JACKSON.readTree(json);
      base.setAll((ObjectNode) JACKSON.readTree("{" + replacement + "}"));
      return base.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the OS cleans up what is left
    }
  }
}
