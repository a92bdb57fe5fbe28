package dev.flowdef.processor.emit;

import dev.flowdef.processor.json.JsonWriter;
import dev.flowdef.processor.model.FlowClass;
import dev.flowdef.processor.types.JsonType.EnumType;
import dev.flowdef.processor.types.JsonType.Named;
import dev.flowdef.processor.types.JsonType.ObjectType;
import dev.flowdef.processor.types.Property;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Describes the Jackson codecs of a flow class's records and enums ({@link CodecTypes} says which) in a resource beside
 * its binding ({@code MenuFlows_Flows.codecs.json}), which the binding hands to the runtime's {@code JsonCodec.link}
 * with its lookup. A record is its properties in order (JSON name, the component's name where they differ, declared
 * type); an enum is the JSON string of each constant. The description is data, a line of JSON per type, not code:
 * code per record (a lambda per accessor, say) cost javac seconds on a module of a few hundred records. And it is a
 * resource rather than a string constant: javac refuses constants over 64 KiB (some 170 records), and reading a few
 * hundred KiB of text blocks as source cost it more than writing a file.
 */
public final class JsonCodecWriter {
  private final CodecTypes codecTypes;
  private final Elements elements;

  public JsonCodecWriter(Types types, Elements elements) {
    this.codecTypes = new CodecTypes(elements, types);
    this.elements = elements;
  }

  /** The description of the codecs of the class's flows, or none when no type of theirs gets one. */
  public Optional<String> describe(FlowClass flowClass, Map<String, Named> definitions) {
    List<Named> types = codecTypes.of(flowClass, definitions);
    if (types.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    for (Named type : types) {
      Map<String, Object> description =
          type instanceof ObjectType record ? record(record) : enumeration((EnumType) type);
      lines.add(JsonWriter.writeCompact(description));
    }
    return Optional.of(lines.stream().collect(Collectors.joining(",\n  ", "[\n  ", "\n]")));
  }

  /** The name of the resource beside the binding that holds its codecs' description. */
  public static String resourceName(FlowClass flowClass) {
    return flowClass.bindingName().simpleName() + ".codecs.json";
  }

  /** Writes the description as the resource {@link #resourceName} in the binding's package, and returns that name. */
  public String write(FlowClass flowClass, String description, Filer filer) throws IOException {
    String name = resourceName(flowClass);
    Resources.write(filer, flowClass.bindingName().packageName(), name, description + "\n", flowClass.element());
    return name;
  }

  private Map<String, Object> record(ObjectType record) {
    List<Object> properties = new ArrayList<>();
    for (Property property : record.properties()) {
      Map<String, Object> described = new LinkedHashMap<>();
      String component = property.accessor().getSimpleName().toString();
      described.put("name", property.jsonName());
      if (!component.equals(property.jsonName())) {
        described.put("component", component);
      }
      described.put("type", descriptor(property.accessor().getReturnType()));
      properties.add(described);
    }
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("record", binaryName(record.element()));
    described.put("properties", properties);
    return described;
  }

  /**
   * The constants' strings in their order (the type model's values follow the constants; {@link CodecTypes} checked).
   */
  private Map<String, Object> enumeration(EnumType type) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("enum", binaryName(type.element()));
    described.put("strings", List.copyOf(type.values()));
    return described;
  }

  /**
   * A declared type in the runtime's notation: Java's, with binary class names and no spaces
   * ({@code java.util.List<menu.MenuFlows$MenuItem>}, {@code int[]}).
   */
  String descriptor(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> descriptor(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        String raw = binaryName((TypeElement) declared.asElement());
        yield declared.getTypeArguments().isEmpty() ? raw : declared.getTypeArguments().stream()
            .map(this::descriptor).collect(Collectors.joining(",", raw + "<", ">"));
      }
      default -> {
        if (!type.getKind().isPrimitive()) {
          throw new IllegalArgumentException("no codec for a component of type " + type); // CodecTypes keeps these out
        }
        yield type.getKind().name().toLowerCase(Locale.ROOT);
      }
    };
  }

  private String binaryName(TypeElement type) {
    return elements.getBinaryName(type).toString();
  }
}
