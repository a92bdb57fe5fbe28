package dev.flowdef.processor.emit;

import dev.flowdef.processor.model.FlowClass;
import dev.flowdef.processor.model.FlowMethod;
import dev.flowdef.processor.types.JsonType;
import dev.flowdef.processor.types.JsonType.ArrayType;
import dev.flowdef.processor.types.JsonType.EnumType;
import dev.flowdef.processor.types.JsonType.MapType;
import dev.flowdef.processor.types.JsonType.Named;
import dev.flowdef.processor.types.JsonType.NullableType;
import dev.flowdef.processor.types.JsonType.ObjectType;
import dev.flowdef.processor.types.JsonType.Ref;
import dev.flowdef.processor.types.JsonType.UnionType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which records and enums of a flow class's flows get generated Jackson codecs: the named types its inputs, outputs
 * and chunks use, directly or inside others, whose JSON the type model describes exactly as Jackson writes it and
 * that the generated code can reach. Anything unusual stays with Jackson's own codecs: a Jackson annotation other than
 * a {@code @JsonProperty} rename or a description (a {@code @JsonCreator}, {@code @JsonIgnore}, {@code @JsonValue},
 * {@code @JsonFormat}, ...), a type id, a generic record, a getter Jackson would add, a component whose value may be
 * a sealed interface, a type or constructor the generated class cannot see.
 */
final class CodecTypes {
  private static final String JACKSON = "com.fasterxml.jackson.";
  private static final Set<String> PLAIN_ANNOTATIONS = Set.of(
      "com.fasterxml.jackson.annotation.JsonPropertyDescription",
      "com.fasterxml.jackson.annotation.JsonClassDescription");
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final Pattern BEAN_NAME = Pattern.compile("(get|is)[A-Z0-9_].*");

  private final Elements elements;
  private final Types types;

  CodecTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The records and enums that get codecs, in the order the flows first use them. */
  List<Named> of(FlowClass flowClass, Map<String, Named> definitions) {
    Map<String, Named> reached = new LinkedHashMap<>();
    for (FlowMethod flow : flowClass.flows()) {
      for (Optional<JsonType> shape : List.of(flow.shapes().input(), flow.shapes().output(), flow.shapes().chunk())) {
        shape.ifPresent(type -> reach(type, definitions, reached));
      }
    }
    PackageElement where = elements.getPackageOf(flowClass.element());
    return reached.values().stream().filter(type -> generated(type, definitions, where)).toList();
  }

  private void reach(JsonType type, Map<String, Named> definitions, Map<String, Named> reached) {
    if (type instanceof Ref ref) {
      Named named = definitions.get(ref.id());
      if (named != null && reached.putIfAbsent(ref.id(), named) == null) {
        reach(named, definitions, reached);
      }
    } else if (type instanceof ObjectType object) {
      object.properties().forEach(property -> reach(property.type(), definitions, reached));
    } else if (type instanceof UnionType union) {
      union.variants().forEach(variant -> reach(variant, definitions, reached));
    } else if (type instanceof ArrayType array) {
      reach(array.items(), definitions, reached);
    } else if (type instanceof MapType map) {
      reach(map.values(), definitions, reached);
    } else if (type instanceof NullableType nullable) {
      reach(nullable.value(), definitions, reached);
    }
  }

  private boolean generated(Named type, Map<String, Named> definitions, PackageElement where) {
    if (!visible(type.element(), where) || !plainSupertypes(type.element())) {
      return false;
    }
    if (type instanceof EnumType enumType) {
      return plainEnum(enumType);
    }
    return type instanceof ObjectType record && plainRecord(record, definitions, where);
  }

  /** An enum written as the strings of its constants (names or renames), without {@code @JsonValue}. */
  private static boolean plainEnum(EnumType type) {
    List<VariableElement> constants = ElementFilter.fieldsIn(type.element().getEnclosedElements()).stream()
        .filter(field -> field.getKind() == ElementKind.ENUM_CONSTANT).toList();
    return type.valueType().isEmpty()
        && type.values().size() == constants.size()
        && new HashSet<>(type.values()).size() == constants.size()
        && type.values().stream().allMatch(String.class::isInstance)
        && plainMembers(type.element());
  }

  private boolean plainRecord(ObjectType record, Map<String, Named> definitions, PackageElement where) {
    TypeElement element = record.element();
    List<RecordComponentElement> components = ElementFilter.recordComponentsIn(element.getEnclosedElements());
    return element.getTypeParameters().isEmpty()
        && record.discriminator().isEmpty()
        && record.properties().size() == components.size() // none ignored
        && components.stream().noneMatch(c -> BEAN_NAME.matcher(c.getSimpleName()).matches())
        && canonicalConstructor(element, components).filter(c -> visible(c, where)).isPresent()
        && noExtraGetters(element, components)
        && components.stream().allMatch(component -> describable(component.asType()))
        && plainMembers(element)
        && record.properties().stream().allMatch(p -> noUnion(p.type(), definitions));
  }

  /** Whether the type is primitive, a class, or arrays and parameterizations of those: no wildcard, no variable. */
  private static boolean describable(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> describable(((javax.lang.model.type.ArrayType) type).getComponentType());
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().allMatch(CodecTypes::describable);
      default -> type.getKind().isPrimitive();
    };
  }

  /** Whether a value of this shape is never a sealed interface, whose values Jackson writes by their own class. */
  private static boolean noUnion(JsonType type, Map<String, Named> definitions) {
    if (type instanceof Ref ref) {
      return !(definitions.get(ref.id()) instanceof UnionType);
    }
    if (type instanceof ArrayType array) {
      return noUnion(array.items(), definitions);
    }
    if (type instanceof MapType map) {
      return noUnion(map.values(), definitions);
    }
    if (type instanceof NullableType nullable) {
      return noUnion(nullable.value(), definitions);
    }
    return true;
  }

  private Optional<ExecutableElement> canonicalConstructor(
      TypeElement record, List<RecordComponentElement> components) {
    return ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
        .filter(constructor -> constructor.getParameters().size() == components.size())
        .filter(constructor -> {
          for (int i = 0; i < components.size(); i++) {
            if (!types.isSameType(constructor.getParameters().get(i).asType(), components.get(i).asType())) {
              return false;
            }
          }
          return true;
        })
        .findFirst();
  }

  /** No public getter or {@code is} method besides the accessors: Jackson would write it as another property. */
  private static boolean noExtraGetters(TypeElement record, List<RecordComponentElement> components) {
    Set<String> accessors = new HashSet<>();
    components.forEach(component -> accessors.add(component.getSimpleName().toString()));
    return ElementFilter.methodsIn(record.getEnclosedElements()).stream()
        .filter(method -> method.getModifiers().contains(Modifier.PUBLIC)
            && !method.getModifiers().contains(Modifier.STATIC)
            && method.getParameters().isEmpty()
            && method.getReturnType().getKind() != TypeKind.VOID)
        .map(method -> method.getSimpleName().toString())
        .noneMatch(name -> !accessors.contains(name) && BEAN_NAME.matcher(name).matches());
  }

  /** No Jackson annotation on the type or its members but renames and descriptions. */
  private static boolean plainMembers(TypeElement type) {
    if (!plainAnnotations(type)) {
      return false;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind().isClass() || member.getKind().isInterface()) {
        continue; // a nested type is a type of its own
      }
      if (!plainAnnotations(member)) {
        return false;
      }
      if (member instanceof RecordComponentElement component
          && !component.asType().getAnnotationMirrors().stream().allMatch(CodecTypes::plain)) {
        return false;
      }
      if (member instanceof ExecutableElement executable
          && !executable.getParameters().stream().allMatch(CodecTypes::plainAnnotations)) {
        return false;
      }
    }
    return true;
  }

  /** No interface above the type carries Jackson annotations (a type id, say, that Jackson would add). */
  private boolean plainSupertypes(TypeElement type) {
    for (TypeMirror supertype : type.getInterfaces()) {
      TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
      if (!plainAnnotations(element) || !plainSupertypes(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainAnnotations(Element element) {
    return element.getAnnotationMirrors().stream().allMatch(CodecTypes::plain);
  }

  private static boolean plain(AnnotationMirror annotation) {
    String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
    if (!name.startsWith(JACKSON) || PLAIN_ANNOTATIONS.contains(name)) {
      return true;
    }
    return name.equals(JSON_PROPERTY) && annotation.getElementValues().keySet().stream()
        .allMatch(member -> member.getSimpleName().contentEquals("value"));
  }

  /** Whether code in package {@code where} can name the element (a type or constructor). */
  private boolean visible(Element element, PackageElement where) {
    boolean samePackage = elements.getPackageOf(element).equals(where);
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE) || (!samePackage && !modifiers.contains(Modifier.PUBLIC))) {
        return false;
      }
      if (e != element && !(e instanceof TypeElement)) {
        return false; // a local type
      }
    }
    return true;
  }
}
