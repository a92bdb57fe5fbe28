package dev.flowdef.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.validation.InputValidator;
import dev.flowdef.runtime.validation.Violation;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates flows' inputs against the input schemas of a {@link FlowManifest}, each compiled once: at its flow's
 * first call, or before it by {@link #compileInBackground()}, so a request pays only for the check. Violations carry
 * Genkit's paths: {@code (root)} for the whole input, else dotted with indexes ({@code items.0.name}); a missing
 * property is reported on the object that lacks it. Formats ({@code uuid}, {@code date-time}, {@code email}, ...)
 * are checked too.
 *
 * <pre>{@code
 * InputValidator validator = SchemaInputValidator.of(FlowManifest.load());
 * List<Violation> violations = validator.validate(flow.descriptor(), data);
 * }</pre>
 */
public final class SchemaInputValidator implements InputValidator {
  private static final System.Logger LOG = System.getLogger(SchemaInputValidator.class.getName());
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::message);

  private final Map<String, JsonNode> documents;
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  private SchemaInputValidator(Map<String, JsonNode> documents) {
    this.documents = documents;
  }

  /** Validates against the input schema of every flow in {@code manifest}. */
  public static SchemaInputValidator of(FlowManifest manifest) {
    Map<String, JsonNode> documents = new LinkedHashMap<>(); // compiled in the background in this order
    for (String name : manifest.names()) {
      manifest.schemas(name).flatMap(FlowSchemas::input).ifPresent(document -> documents.put(name, document));
    }
    return new SchemaInputValidator(Collections.unmodifiableMap(documents));
  }

  /**
   * Starts compiling every schema on a thread of its own and returns at once: a server calls it as it starts, so the
   * validator's set-up (its meta-schemas and formats, some tens of milliseconds) and the compiling overlap the rest of
   * the start instead of delaying the first call. A call that comes first compiles its schema itself, or waits for the
   * one under way; a schema that fails to compile here fails again, reported, at its flow's call.
   */
  public SchemaInputValidator compileInBackground() {
    Thread compiler = new Thread(() -> {
      for (String flow : documents.keySet()) {
        try {
          schema(flow);
        } catch (RuntimeException e) {
          LOG.log(Level.DEBUG,
              () -> "The input schema of flow '" + flow + "' did not compile; its calls will say why", e);
        }
      }
    }, "flowdef-schema-compiler");
    compiler.setDaemon(true);
    compiler.start();
    return this;
  }

  /**
   * Every violation of the flow's input schema, sorted by path; none for a flow the manifest does not describe or
   * that takes no input.
   */
  @Override
  public List<Violation> validate(FlowDescriptor<?, ?, ?> flow, JsonNode input) {
    JsonSchema schema = schema(flow.name());
    JsonNode instance = input == null ? NullNode.getInstance() : input;
    try {
      if (schema == null || schema.validate(instance, OutputFormat.BOOLEAN)) {
        return List.of(); // most inputs are valid: a pass that stops at the first violation and builds no messages
      }
      return schema.validate(instance).stream()
          .map(SchemaInputValidator::violation)
          .distinct()
          .sorted(ORDER)
          .toList();
    } catch (ArithmeticException | NumberFormatException e) {
      // The validator computes some keywords (multipleOf) in BigDecimal, which a number beyond a double's range
      // breaks (1e1000000 reads as infinity): that number is the caller's mistake, and is named as one.
      List<Violation> outOfRange = new ArrayList<>();
      findInfinities(instance, "", outOfRange);
      if (outOfRange.isEmpty()) {
        throw e;
      }
      return outOfRange;
    }
  }

  private static void findInfinities(JsonNode node, String pointer, List<Violation> found) {
    if (node.isNumber() && Double.isInfinite(node.doubleValue())) {
      found.add(new Violation(path(pointer), "number is out of range"));
    } else if (node.isObject()) {
      node.properties().forEach(field -> findInfinities(
          field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        findInfinities(node.get(i), pointer + "/" + i, found);
      }
    }
  }


  /** Whether the flow's input schema is compiled already. */
  boolean isCompiled(String flow) {
    return compiled.containsKey(flow);
  }

  /** The flow's compiled input schema, compiled at its first use; {@code null} for a flow without one. */
  private JsonSchema schema(String flow) {
    JsonSchema schema = compiled.get(flow);
    if (schema == null && documents.containsKey(flow)) {
      schema = compiled.computeIfAbsent(flow, name -> Compiler.compile(documents.get(name)));
    }
    return schema;
  }

  /** The validator's factory, loaded with the first schema it compiles: its meta-schemas take a while. */
  private static final class Compiler {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();

    static JsonSchema compile(JsonNode document) {
      JsonSchema schema = FACTORY.getSchema(document, CONFIG);
      schema.initializeValidators(); // resolve references now, not while validating
      return schema;
    }
  }

  private static Violation violation(ValidationMessage message) {
    return new Violation(path(message.getInstanceLocation().toString()), message.getError());
  }

  /** {@code /items/0/name} as {@code items.0.name}; the empty pointer as {@code (root)}. */
  static String path(String pointer) {
    if (pointer.isEmpty() || pointer.equals("/")) {
      return "(root)";
    }
    StringBuilder path = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      path.append(path.length() == 0 ? "" : ".").append(token.replace("~1", "/").replace("~0", "~"));
    }
    return path.toString();
  }
}
