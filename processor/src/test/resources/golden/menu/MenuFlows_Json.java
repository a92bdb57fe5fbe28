package menu;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.flowdef.runtime.json.JsonCodec;
import dev.flowdef.runtime.json.RecordDeserializer;
import dev.flowdef.runtime.json.RecordSerializer;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Jackson serializers and deserializers of the records and enums the flows of {@link MenuFlows} read and write,
 * in Jackson's streaming API, so requests are read and answers written without reflection. Each does
 * what Jackson's own does for its type, and hands Jackson's own whatever it does not handle itself.
 */
@Generated("dev.flowdef.processor.FlowProcessor")
final class MenuFlows_Json {
  /**
   * The codecs, in the order the flows first use their types.
   */
  static final List<JsonCodec> CODECS = List.of(
      JsonCodec.of(MenuFlows.MenuSuggestionInput.class, MenuSuggestionInputSerializer::new, MenuSuggestionInputDeserializer::new),
      JsonCodec.of(MenuFlows.MenuItem.class, MenuItemSerializer::new, MenuItemDeserializer::new),
      JsonCodec.of(MenuFlows.MenuOutput.class, MenuOutputSerializer::new, MenuOutputDeserializer::new));

  private MenuFlows_Json() {
  }

  /**
   * Writes {@link MenuFlows.MenuSuggestionInput} as Jackson writes a record.
   */
  @SuppressWarnings("serial")
  static final class MenuSuggestionInputSerializer extends RecordSerializer<MenuFlows.MenuSuggestionInput> {
    MenuSuggestionInputSerializer(JsonSerializer<?> standard) {
      super(MenuFlows.MenuSuggestionInput.class, standard);
    }

    @Override
    protected void writeProperties(MenuFlows.MenuSuggestionInput value, JsonGenerator gen,
        SerializerProvider provider) throws IOException {
      String property = "theme";
      try {
        gen.writeFieldName(property);
        writeString(gen, value.theme());
      } catch (Exception e) {
        wrapAndThrow(provider, e, value, property);
      }
    }
  }

  /**
   * Reads {@link MenuFlows.MenuSuggestionInput} as Jackson reads a record, through its canonical constructor.
   */
  @SuppressWarnings("serial")
  static final class MenuSuggestionInputDeserializer extends RecordDeserializer<MenuFlows.MenuSuggestionInput> {
    private JsonDeserializer<String> themeDeserializer;

    MenuSuggestionInputDeserializer(JsonDeserializer<?> standard) {
      super(MenuFlows.MenuSuggestionInput.class, standard, List.of("theme"));
    }

    @Override
    protected void resolveValues(DeserializationContext ctxt) throws JsonMappingException {
      themeDeserializer = deserializerOf(ctxt, String.class);
    }

    @Override
    protected MenuFlows.MenuSuggestionInput readProperties(JsonParser p,
        DeserializationContext ctxt) throws IOException {
      String theme = null;
      boolean themeSeen = false;
      TokenBuffer unknown = null;
      for (JsonToken token = p.currentToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        String property = p.currentName();
        p.nextToken();
        try {
          switch (property) {
            case "theme" -> {
              theme = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : read(p, ctxt, themeDeserializer);
              themeSeen = true;
            }
            default -> unknown = unknown(p, ctxt, unknown, property);
          }
        } catch (Exception e) {
          throw propertyFailed(ctxt, e, property);
        }
      }
      if (!themeSeen) {
        theme = absent(ctxt, themeDeserializer, MenuFlows.MenuSuggestionInput.class, "theme");
      }
      MenuFlows.MenuSuggestionInput record;
      try {
        record = new MenuFlows.MenuSuggestionInput(theme);
      } catch (RuntimeException e) {
        throw constructorFailed(ctxt, e);
      }
      return built(ctxt, record, unknown);
    }
  }

  /**
   * Writes {@link MenuFlows.MenuItem} as Jackson writes a record.
   */
  @SuppressWarnings("serial")
  static final class MenuItemSerializer extends RecordSerializer<MenuFlows.MenuItem> {
    MenuItemSerializer(JsonSerializer<?> standard) {
      super(MenuFlows.MenuItem.class, standard);
    }

    @Override
    protected void writeProperties(MenuFlows.MenuItem value, JsonGenerator gen,
        SerializerProvider provider) throws IOException {
      String property = "dishname";
      try {
        gen.writeFieldName(property);
        writeString(gen, value.dishname());
        property = "description";
        gen.writeFieldName(property);
        writeString(gen, value.description());
      } catch (Exception e) {
        wrapAndThrow(provider, e, value, property);
      }
    }
  }

  /**
   * Reads {@link MenuFlows.MenuItem} as Jackson reads a record, through its canonical constructor.
   */
  @SuppressWarnings("serial")
  static final class MenuItemDeserializer extends RecordDeserializer<MenuFlows.MenuItem> {
    private JsonDeserializer<String> dishnameDeserializer;

    private JsonDeserializer<String> descriptionDeserializer;

    MenuItemDeserializer(JsonDeserializer<?> standard) {
      super(MenuFlows.MenuItem.class, standard, List.of("dishname", "description"));
    }

    @Override
    protected void resolveValues(DeserializationContext ctxt) throws JsonMappingException {
      dishnameDeserializer = deserializerOf(ctxt, String.class);
      descriptionDeserializer = deserializerOf(ctxt, String.class);
    }

    @Override
    protected MenuFlows.MenuItem readProperties(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      String dishname = null;
      boolean dishnameSeen = false;
      String description = null;
      boolean descriptionSeen = false;
      TokenBuffer unknown = null;
      for (JsonToken token = p.currentToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        String property = p.currentName();
        p.nextToken();
        try {
          switch (property) {
            case "dishname" -> {
              dishname = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : read(p, ctxt, dishnameDeserializer);
              dishnameSeen = true;
            }
            case "description" -> {
              description = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : read(p, ctxt, descriptionDeserializer);
              descriptionSeen = true;
            }
            default -> unknown = unknown(p, ctxt, unknown, property);
          }
        } catch (Exception e) {
          throw propertyFailed(ctxt, e, property);
        }
      }
      if (!dishnameSeen) {
        dishname = absent(ctxt, dishnameDeserializer, MenuFlows.MenuItem.class, "dishname");
      }
      if (!descriptionSeen) {
        description = absent(ctxt, descriptionDeserializer, MenuFlows.MenuItem.class, "description");
      }
      MenuFlows.MenuItem record;
      try {
        record = new MenuFlows.MenuItem(dishname, description);
      } catch (RuntimeException e) {
        throw constructorFailed(ctxt, e);
      }
      return built(ctxt, record, unknown);
    }
  }

  /**
   * Writes {@link MenuFlows.MenuOutput} as Jackson writes a record.
   */
  @SuppressWarnings("serial")
  static final class MenuOutputSerializer extends RecordSerializer<MenuFlows.MenuOutput> {
    private JsonSerializer<Object> menuItemSerializer;

    MenuOutputSerializer(JsonSerializer<?> standard) {
      super(MenuFlows.MenuOutput.class, standard);
    }

    @Override
    protected void resolveValues(SerializerProvider provider) throws JsonMappingException {
      menuItemSerializer = serializerOf(provider, MenuFlows.MenuItem.class);
    }

    @Override
    protected void writeProperties(MenuFlows.MenuOutput value, JsonGenerator gen,
        SerializerProvider provider) throws IOException {
      String property = "theme";
      try {
        gen.writeFieldName(property);
        writeString(gen, value.theme());
        property = "menuItem";
        gen.writeFieldName(property);
        write(gen, provider, menuItemSerializer, value.menuItem());
      } catch (Exception e) {
        wrapAndThrow(provider, e, value, property);
      }
    }
  }

  /**
   * Reads {@link MenuFlows.MenuOutput} as Jackson reads a record, through its canonical constructor.
   */
  @SuppressWarnings("serial")
  static final class MenuOutputDeserializer extends RecordDeserializer<MenuFlows.MenuOutput> {
    private JsonDeserializer<String> themeDeserializer;

    private JsonDeserializer<MenuFlows.MenuItem> menuItemDeserializer;

    MenuOutputDeserializer(JsonDeserializer<?> standard) {
      super(MenuFlows.MenuOutput.class, standard, List.of("theme", "menuItem"));
    }

    @Override
    protected void resolveValues(DeserializationContext ctxt) throws JsonMappingException {
      themeDeserializer = deserializerOf(ctxt, String.class);
      menuItemDeserializer = deserializerOf(ctxt, MenuFlows.MenuItem.class);
    }

    @Override
    protected MenuFlows.MenuOutput readProperties(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      String theme = null;
      boolean themeSeen = false;
      MenuFlows.MenuItem menuItem = null;
      boolean menuItemSeen = false;
      TokenBuffer unknown = null;
      for (JsonToken token = p.currentToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        String property = p.currentName();
        p.nextToken();
        try {
          switch (property) {
            case "theme" -> {
              theme = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : read(p, ctxt, themeDeserializer);
              themeSeen = true;
            }
            case "menuItem" -> {
              menuItem = read(p, ctxt, menuItemDeserializer);
              menuItemSeen = true;
            }
            default -> unknown = unknown(p, ctxt, unknown, property);
          }
        } catch (Exception e) {
          throw propertyFailed(ctxt, e, property);
        }
      }
      if (!themeSeen) {
        theme = absent(ctxt, themeDeserializer, MenuFlows.MenuOutput.class, "theme");
      }
      if (!menuItemSeen) {
        menuItem = absent(ctxt, menuItemDeserializer, MenuFlows.MenuOutput.class, "menuItem");
      }
      MenuFlows.MenuOutput record;
      try {
        record = new MenuFlows.MenuOutput(theme, menuItem);
      } catch (RuntimeException e) {
        throw constructorFailed(ctxt, e);
      }
      return built(ctxt, record, unknown);
    }
  }
}
