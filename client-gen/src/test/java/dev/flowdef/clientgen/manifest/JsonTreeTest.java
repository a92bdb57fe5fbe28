package dev.flowdef.clientgen.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The manifest's reader yields the tree {@code ObjectMapper.readTree} does, node types included; from plain values,
 * the tree {@code ObjectMapper.valueToTree} does.
 */
class JsonTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsManifestsAsTheMapperDoes() throws IOException {
    for (String manifest : new String[] {"manifests/shop.json", "manifests/menu.json"}) {
      String json = resource(manifest);
      assertEquals(MAPPER.readTree(json), JsonTree.read(json), manifest);
    }
  }

  @Test
  void readsEveryKindOfValueAsTheMapperDoes() throws IOException {
    String json = """
        {"int": 1, "long": 12345678901, "big": 123456789012345678901234567890, "double": -1.5e3,
         "text": "a\\"b", "yes": true, "no": false, "nothing": null, "list": [[], {}, 0.25],
         "twice": 1, "twice": 2}
        """;
    assertEquals(MAPPER.readTree(json), JsonTree.read(json));
    assertEquals(MAPPER.readTree(json).toString(), JsonTree.read(json).toString());
  }

  @Test
  void buildsTheTreeOfPlainValuesAsTheMapperDoes() throws IOException {
    for (String manifest : new String[] {"manifests/shop.json", "manifests/menu.json"}) {
      String json = resource(manifest);
      Map<?, ?> values = MAPPER.readValue(json, Map.class); // maps, lists, strings, numbers, booleans and nulls
      assertEquals(MAPPER.readTree(json), JsonTree.of(values), manifest);
    }
    Map<String, Object> decimals = Map.of("minimum", new BigDecimal("0.50"), "list", List.of(1L, 2.5));
    assertEquals(MAPPER.valueToTree(decimals), JsonTree.of(decimals));
  }

  @Test
  void refusesValuesThatAreNotJson() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> JsonTree.of(Map.of("when", new java.util.Date(0))));
    assertEquals("Not a JSON value: java.util.Date", error.getMessage());
  }

  @Test
  void emptyTextIsTheMissingNode() throws IOException {
    assertEquals(MAPPER.readTree(""), JsonTree.read(""));
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThrows(JsonProcessingException.class, () -> JsonTree.read("{\"flows\": ["));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JsonTreeTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
