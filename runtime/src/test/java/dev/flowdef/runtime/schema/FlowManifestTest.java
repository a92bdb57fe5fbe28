package dev.flowdef.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowManifestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A manifest with one flow per name, each taking a {@code shared.Item}. */
  static JsonNode manifest(String... names) {
    StringBuilder flows = new StringBuilder();
    for (String name : names) {
      flows.append(flows.length() == 0 ? "" : ",").append("{'name': '").append(name).append("', 'path': '/")
          .append(name).append("', 'description': '', 'streams': false, 'inputSchema': {'$ref': '#/$defs/shared.Item'}}");
    }
    return json("{'flows': [" + flows + "], '$defs': {'shared.Item': {'type': 'object', 'properties': "
        + "{'name': {'type': 'string'}, 'next': {'anyOf': [{'$ref': '#/$defs/shared.Item'}, {'type': 'null'}]}}, "
        + "'required': ['name']}, 'unused.Thing': {'type': 'string'}}}");
  }

  @Test
  void loadsTheManifestsOnTheClassPath() {
    FlowManifest manifest = FlowManifest.load(getClass().getClassLoader());
    assertEquals(Set.of("welcome"), manifest.names());
    assertEquals("/welcome", manifest.json().at("/flows/0/path").asText());
  }

  @Test
  void mergesManifestsAndKeepsSharedDefinitionsOnce() {
    FlowManifest manifest = FlowManifest.merge(List.of(manifest("b", "a"), manifest("c")));
    assertEquals(List.of("a", "b", "c"), List.copyOf(manifest.names()));
    ObjectNode json = manifest.json();
    assertEquals(3, json.get("flows").size());
    assertEquals(Set.of("shared.Item"), Set.copyOf(iterable(json.get("$defs"))), "only what the flows reach");
  }

  @Test
  void countsTheSameManifestTwiceOnceButRejectsTwoDescriptionsOfOneFlow() {
    assertEquals(Set.of("a"), FlowManifest.merge(List.of(manifest("a"), manifest("a"))).names());
    JsonNode other = json("{'flows': [{'name': 'a', 'path': '/a', 'streams': true}]}");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> FlowManifest.merge(List.of(manifest("a"), other)));
    assertTrue(e.getMessage().contains("Flow 'a'"), e.getMessage());
  }

  @Test
  void selectsTheFlowsARegistryServes() {
    FlowManifest manifest = FlowManifest.merge(List.of(manifest("a", "b"))).select(List.of("b", "missing"));
    assertEquals(Set.of("b"), manifest.names());
    assertTrue(manifest.schemas("a").isEmpty());
  }

  @Test
  void givesEachSchemaAsAStandaloneDocument() {
    FlowSchemas schemas = FlowManifest.merge(List.of(manifest("a"))).schemas("a").orElseThrow();
    ObjectNode input = schemas.input().orElseThrow();
    assertEquals("https://json-schema.org/draft/2020-12/schema", input.get("$schema").asText());
    assertEquals("#/$defs/shared.Item", input.get("$ref").asText());
    assertEquals(Set.of("shared.Item"), Set.copyOf(iterable(input.get("$defs"))));
    assertTrue(schemas.output().isEmpty());
    input.put("changed", true);
    assertFalse(schemas.input().orElseThrow().has("changed"), "callers get copies");
  }

  @Test
  void rendersDraft07WithTheRootInlinedDefinitionsAndNoNullUnions() {
    ObjectNode input = FlowManifest.merge(List.of(manifest("a"))).schemas("a").orElseThrow().draft07().input()
        .orElseThrow();
    assertEquals(json("{'$schema': 'http://json-schema.org/draft-07/schema#', 'type': 'object', 'properties': {"
        + "'name': {'type': 'string'}, 'next': {'$ref': '#/definitions/shared.Item'}}, 'required': ['name'], "
        + "'definitions': {'shared.Item': {'type': 'object', 'properties': {'name': {'type': 'string'}, "
        + "'next': {'$ref': '#/definitions/shared.Item'}}, 'required': ['name']}}}"), input);
  }

  @Test
  void rendersDraft07KeepingKeywordsBesideAReferenceThroughAllOf() {
    ObjectNode document = (ObjectNode) json("{'$schema': 'https://json-schema.org/draft/2020-12/schema', "
        + "'type': 'object', 'properties': {'type': {'description': 'named type', '$ref': '#/$defs/x.Y'}, "
        + "'count': {'type': ['integer', 'null']}}, '$defs': {'x.Y': {'type': 'string', 'enum': ['a']}}}");
    ObjectNode rendered = Draft07.render(document);
    assertEquals(json("{'description': 'named type', 'allOf': [{'$ref': '#/definitions/x.Y'}]}"),
        rendered.at("/properties/type"));
    assertEquals("integer", rendered.at("/properties/count/type").asText());
    assertEquals("a", rendered.at("/definitions/x.Y/enum/0").asText());
  }

  private static List<String> iterable(JsonNode object) {
    return object.properties().stream().map(java.util.Map.Entry::getKey).toList();
  }
}
