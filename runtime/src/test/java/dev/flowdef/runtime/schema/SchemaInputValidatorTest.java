package dev.flowdef.runtime.schema;

import static dev.flowdef.runtime.schema.FlowManifestTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.validation.Violation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchemaInputValidatorTest {
  private static final SchemaInputValidator VALIDATOR = SchemaInputValidator.of(FlowManifest.merge(List.of(json(
      "{'flows': [{'name': 'order', 'inputSchema': {'$ref': '#/$defs/shop.Order'}}, {'name': 'free'}], "
          + "'$defs': {'shop.Order': {'type': 'object', 'properties': {"
          + "'customer': {'type': 'string', 'minLength': 1}, 'id': {'type': 'string', 'format': 'uuid'}, "
          + "'items': {'type': 'array', 'items': {'$ref': '#/$defs/shop.Item'}}}, "
          + "'required': ['customer', 'items']}, "
          + "'shop.Item': {'type': 'object', 'properties': {'sku': {'type': 'string'}, "
          + "'quantity': {'type': 'integer', 'minimum': 1}}, 'required': ['sku', 'quantity']}}}"))));

  private static List<Violation> validate(String flow, String input) {
    return VALIDATOR.validate(new FlowDescriptor<>(flow, "", Object.class, Object.class, Void.class),
        input == null ? null : json(input));
  }

  @Test
  void acceptsAValidInput() {
    assertEquals(List.of(), validate("order", "{'customer': 'Ann', 'items': [{'sku': 'a', 'quantity': 1}]}"));
  }

  @Test
  void reportsEveryViolationAtOnceWithGenkitPaths() {
    List<Violation> violations = validate("order",
        "{'customer': '', 'id': 'nope', 'items': [{'sku': 'a', 'quantity': 0}, {'quantity': 'x'}]}");
    assertEquals(List.of("customer", "id", "items.0.quantity", "items.1", "items.1.quantity"),
        violations.stream().map(Violation::path).toList());
    assertEquals("required property 'sku' not found", violations.get(3).message());
  }

  @Test
  void reportsAMissingPropertyOfTheWholeInputAtTheRoot() {
    assertEquals(List.of(new Violation("(root)", "required property 'customer' not found")),
        validate("order", "{'items': []}"));
  }

  @Test
  void treatsAMissingInputAsNull() {
    assertEquals(List.of("(root)"), validate("order", null).stream().map(Violation::path).toList());
  }

  @Test
  void acceptsAnythingForFlowsWithoutAnInputSchema() {
    assertEquals(List.of(), validate("free", "{'anything': 1}"));
    assertEquals(List.of(), validate("unknown", "[]"));
  }

  @Test
  void namesANumberBeyondADoublesRangeWhereTheValidatorCannotComputeWithIt() {
    SchemaInputValidator validator = SchemaInputValidator.of(FlowManifest.merge(List.of(json(
        "{'flows': [{'name': 'prices', 'inputSchema': {'type': 'object', 'properties': {'prices': {'type': 'array',"
            + " 'items': {'type': 'number', 'multipleOf': 0.01}}}}}]}"))));
    FlowDescriptor<Object, Object, Void> prices = new FlowDescriptor<>("prices", "", Object.class, Object.class,
        Void.class);

    // networknt computes multipleOf in BigDecimal, which has no infinity: without care, a server error.
    assertEquals(List.of(new Violation("prices.1", "number is out of range")),
        validator.validate(prices, json("{'prices': [1.5, 1e1000000]}")));
    assertEquals(List.of(), validator.validate(prices, json("{'prices': [1.5, 2.25]}")));
  }

  @Test
  void compilesEverySchemaInTheBackgroundBeforeAnyCall() throws InterruptedException {
    SchemaInputValidator validator = SchemaInputValidator.of(FlowManifest.merge(List.of(json(
        "{'flows': [{'name': 'a', 'inputSchema': {'type': 'string'}}, {'name': 'b', 'inputSchema': "
            + "{'type': 'integer'}}]}"))));
    assertFalse(validator.isCompiled("a"));

    validator.compileInBackground();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!(validator.isCompiled("a") && validator.isCompiled("b")) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(validator.isCompiled("a") && validator.isCompiled("b"), "both compiled without a call");
    assertEquals(List.of("(root)"), validator.validate(
        new FlowDescriptor<>("b", "", Object.class, Object.class, Void.class), json("'x'")).stream()
        .map(Violation::path).toList());
  }

  @Test
  void leavesASchemaThatDoesNotCompileToItsCallToReport() throws InterruptedException {
    String manifest = "{'flows': [{'name': 'broken', 'inputSchema': {'$ref': '#/$defs/missing'}}]}";
    FlowDescriptor<Object, Object, Void> broken = new FlowDescriptor<>("broken", "", Object.class, Object.class,
        Void.class);
    RuntimeException unaided = assertThrows(RuntimeException.class,
        () -> SchemaInputValidator.of(FlowManifest.merge(List.of(json(manifest)))).validate(broken, json("1")));

    SchemaInputValidator validator = SchemaInputValidator.of(FlowManifest.merge(List.of(json(manifest))))
        .compileInBackground();
    Thread.sleep(200); // the background attempt fails, quietly
    RuntimeException afterBackground = assertThrows(RuntimeException.class,
        () -> validator.validate(broken, json("1")));
    assertEquals(unaided.getClass(), afterBackground.getClass());
    assertFalse(validator.isCompiled("broken"));
  }

  @Test
  void turnsJsonPointersIntoGenkitPaths() {
    assertEquals("(root)", SchemaInputValidator.path(""));
    assertEquals("items.0.name", SchemaInputValidator.path("/items/0/name"));
    assertEquals("a/b.c~d", SchemaInputValidator.path("/a~1b/c~0d"));
  }
}
