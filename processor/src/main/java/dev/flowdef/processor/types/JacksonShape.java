package dev.flowdef.processor.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The Jackson annotations that decide which values a type has: ignored components, the strings of enum constants,
 * and the type ids of sealed hierarchies. (How properties are named and described is the schema builder's concern.)
 */
final class JacksonShape {
  private static final String PACKAGE = "com.fasterxml.jackson.annotation";
  private static final String JSON_IGNORE = PACKAGE + ".JsonIgnore";
  private static final String JSON_IGNORE_PROPERTIES = PACKAGE + ".JsonIgnoreProperties";
  private static final String JSON_PROPERTY = PACKAGE + ".JsonProperty";
  private static final String JSON_VALUE = PACKAGE + ".JsonValue";
  private static final String JSON_TYPE_INFO = PACKAGE + ".JsonTypeInfo";
  private static final String JSON_SUB_TYPES = PACKAGE + ".JsonSubTypes";
  private static final String JSON_TYPE_NAME = PACKAGE + ".JsonTypeName";

  /** How Jackson writes the type id of a sealed interface's subtypes. */
  record TypeInfo(String use, String include, String property) {
    boolean supported() {
      return List.of("NAME", "SIMPLE_NAME", "CLASS").contains(use)
          && List.of("PROPERTY", "EXISTING_PROPERTY").contains(include);
    }
  }

  private final Elements elements;

  JacksonShape(Elements elements) {
    this.elements = elements;
  }

  /** Whether Jackson leaves the component out: {@code @JsonIgnore}, or named by the record's ignore list. */
  boolean ignored(TypeElement record, RecordComponentElement component) {
    Optional<AnnotationMirror> ignore = Annotations.on(component).find(JSON_IGNORE);
    if (ignore.isPresent() && !Boolean.FALSE.equals(Annotations.value(ignore.get(), "value"))) {
      return true;
    }
    return Annotations.on(record).find(JSON_IGNORE_PROPERTIES)
        .map(list -> Annotations.values(list, "value").contains(component.getSimpleName().toString()))
        .orElse(false);
  }

  /** The string Jackson writes for an enum constant: its {@code @JsonProperty} value, else its name. */
  String enumValue(Element constant) {
    return Annotations.on(constant).find(JSON_PROPERTY)
        .map(p -> Annotations.string(p, "value"))
        .filter(v -> !v.isEmpty())
        .orElse(constant.getSimpleName().toString());
  }

  /** The enum's {@code @JsonValue} method or field, whose value Jackson writes instead of the constant's name. */
  Optional<Element> jsonValueMember(TypeElement enumType) {
    for (Element member : enumType.getEnclosedElements()) {
      boolean candidate = member.getKind() == ElementKind.FIELD
          || (member instanceof ExecutableElement method && method.getKind() == ElementKind.METHOD
              && method.getParameters().isEmpty());
      Optional<AnnotationMirror> jsonValue = Annotations.on(member).find(JSON_VALUE);
      if (candidate && jsonValue.isPresent() && !Boolean.FALSE.equals(Annotations.value(jsonValue.get(), "value"))) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  /** The {@code @JsonTypeInfo} of a sealed interface, if it has one. */
  Optional<TypeInfo> typeInfo(TypeElement sealed) {
    return Annotations.on(sealed).find(JSON_TYPE_INFO).map(info -> {
      String use = Annotations.string(info, "use");
      String property = Annotations.string(info, "property");
      if (property.isEmpty()) {
        property = use.equals("CLASS") ? "@class" : "@type"; // Jackson's default property per id kind
      }
      return new TypeInfo(use, Annotations.string(info, "include"), property);
    });
  }

  /** The type id Jackson writes for {@code subtype} of {@code sealed}: its name from the annotations, or the class. */
  String typeId(TypeInfo info, TypeElement sealed, TypeElement subtype) {
    String binaryName = elements.getBinaryName(subtype).toString();
    if (info.use().equals("CLASS")) {
      return binaryName;
    }
    Optional<AnnotationMirror> subTypes = Annotations.on(sealed).find(JSON_SUB_TYPES);
    if (subTypes.isPresent()) {
      for (Object entry : Annotations.values(subTypes.get(), "value")) {
        AnnotationMirror type = (AnnotationMirror) entry;
        Object value = Annotations.value(type, "value");
        if (value instanceof DeclaredType declared && declared.asElement().equals(subtype)) {
          String name = Annotations.string(type, "name");
          if (!name.isEmpty()) {
            return name;
          }
        }
      }
    }
    Optional<String> typeName = Annotations.on(subtype).find(JSON_TYPE_NAME)
        .map(n -> Annotations.string(n, "value")).filter(n -> !n.isEmpty());
    if (typeName.isPresent()) {
      return typeName.get();
    }
    if (info.use().equals("SIMPLE_NAME")) {
      return subtype.getSimpleName().toString();
    }
    // NAME without a declared name: Jackson uses the binary name without its package (Outer$Inner)
    String packageName = elements.getPackageOf(subtype).getQualifiedName().toString();
    return packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1);
  }

  /** The records and interfaces a sealed interface permits, as declared. */
  static List<TypeElement> permitted(TypeElement sealed) {
    List<TypeElement> subtypes = new ArrayList<>();
    for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
      subtypes.add((TypeElement) ((DeclaredType) permitted).asElement());
    }
    return subtypes;
  }
}
