package dev.flowdef.clientgen.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Builds Jackson's tree from JSON text, with the streaming parser alone, as {@code ObjectMapper.readTree} would, or
 * from plain values, as {@code ObjectMapper.valueToTree} would for them. Both serve code that runs inside javac, where
 * an {@code ObjectMapper} would first load and initialize some 300 classes: several times the cost of the work.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /** The tree of {@code json}'s first value; the missing node if there is none. */
  static JsonNode read(String json) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return parser.nextToken() == null ? MissingNode.getInstance() : value(parser);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a string failed", e);
    }
  }

  /**
   * The tree of plain values: maps with string keys, lists, strings, numbers ({@code Integer}, {@code Long},
   * {@code Double}, {@code BigInteger}, {@code BigDecimal}), booleans and {@code null}.
   *
   * @throws IllegalArgumentException for any other value
   */
  static JsonNode of(Object value) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof String text) {
      return NODES.textNode(text);
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((name, member) -> object.set((String) name, of(member)));
      return object;
    } else if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode(list.size());
      list.forEach(item -> array.add(of(item)));
      return array;
    } else if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    } else if (value instanceof Integer number) {
      return NODES.numberNode(number);
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof Double number) {
      return NODES.numberNode(number);
    } else if (value instanceof BigInteger number) {
      return NODES.numberNode(number);
    } else if (value instanceof BigDecimal number) {
      return NODES.numberNode(number);
    }
    throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
  }

  /** The value that starts at the parser's current token, which is left at the value's last token. */
  private static JsonNode value(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          object.set(name, value(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        yield array;
      }
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("Not the start of a JSON value: " + parser.currentToken());
    };
  }
}
