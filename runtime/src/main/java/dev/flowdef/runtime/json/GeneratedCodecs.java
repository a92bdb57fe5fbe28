package dev.flowdef.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Jackson module that puts the generated codecs of records and enums in the place of the serializers and
 * deserializers Jackson builds for them, each made from Jackson's own (which it keeps for what it does not handle).
 *
 * <p>The generated code follows Jackson's defaults for these types; a mapper whose settings change how records or
 * enums are written or read (a naming strategy, alphabetical order, inclusion other than {@code ALWAYS}, enums by
 * index or {@code toString()}, case-insensitive properties, failing on missing or null creator properties, a mix-in
 * for the type) keeps Jackson's own codecs for them. Settings the generated code asks Jackson about as it reads
 * ({@code FAIL_ON_UNKNOWN_PROPERTIES}, {@code FAIL_ON_NULL_FOR_PRIMITIVES}, coercions) apply either way.
 */
public final class GeneratedCodecs extends Module {
  private final Map<Class<?>, JsonCodec> byType = new LinkedHashMap<>();

  /** The module of these codecs; of two for the same type, the first counts. */
  public static GeneratedCodecs of(Collection<JsonCodec> codecs) {
    GeneratedCodecs module = new GeneratedCodecs();
    for (JsonCodec codec : codecs) {
      module.byType.putIfAbsent(codec.type(), codec);
    }
    return module;
  }

  private GeneratedCodecs() {}

  /** Whether the module has no codec at all. */
  public boolean isEmpty() {
    return byType.isEmpty();
  }

  @Override
  public String getModuleName() {
    return "flowdef-generated-codecs";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return this; // two registries' modules are both registered
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addBeanSerializerModifier(new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifySerializer(
          SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
        JsonCodec codec = applicable(config, description.getType());
        boolean keep = codec == null || serializer instanceof GeneratedSerializer // enums pass here twice
            || !writesAsDefault(config, description.getType());
        return keep ? serializer : codec.serializer().apply(serializer);
      }

      @Override
      public JsonSerializer<?> modifyEnumSerializer(
          SerializationConfig config, JavaType type, BeanDescription description, JsonSerializer<?> serializer) {
        return modifySerializer(config, description, serializer);
      }
    });
    context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(
          DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
        JsonCodec codec = applicable(config, description.getType());
        boolean keep = codec == null || deserializer instanceof GeneratedDeserializer || !readsAsDefault(config);
        return keep ? deserializer : codec.deserializer().apply(deserializer);
      }

      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(
          DeserializationConfig config, JavaType type, BeanDescription description, JsonDeserializer<?> deserializer) {
        return modifyDeserializer(config, description, deserializer);
      }
    });
  }

  private JsonCodec applicable(MapperConfig<?> config, JavaType type) {
    JsonCodec codec = byType.get(type.getRawClass());
    boolean asGenerated = codec != null
        && config.isEnabled(MapperFeature.USE_ANNOTATIONS)
        && !config.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        && !config.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        && !config.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        && config.getPropertyNamingStrategy() == null
        && config.findMixInClassFor(type.getRawClass()) == null;
    return asGenerated ? codec : null;
  }

  private static boolean writesAsDefault(SerializationConfig config, JavaType type) {
    JsonInclude.Include inclusion = config.getDefaultPropertyInclusion(type.getRawClass()).getValueInclusion();
    return (inclusion == JsonInclude.Include.ALWAYS || inclusion == JsonInclude.Include.USE_DEFAULTS)
        && !config.isEnabled(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
        && !config.isEnabled(SerializationFeature.WRITE_ENUMS_USING_INDEX);
  }

  private static boolean readsAsDefault(DeserializationConfig config) {
    return !config.isEnabled(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
        && !config.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        && !config.isEnabled(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        && !config.isEnabled(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        && !config.isEnabled(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
  }
}
