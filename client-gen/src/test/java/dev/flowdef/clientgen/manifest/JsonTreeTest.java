package dev.flowdef.clientgen.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The manifest's reader yields the tree {@code ObjectMapper.readTree} does, node types included. */
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
