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
import dev.flowdef.processor.types.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    List<Named> generated = new ArrayList<>();
    for (Named type : reached.values()) {
      if (generated(type, definitions, where)) {
        generated.add(type);
      }
    }
    return generated;
  }

  private void reach(JsonType type, Map<String, Named> definitions, Map<String, Named> reached) {
    if (type instanceof Ref ref) {
      Named named = definitions.get(ref.id());
      if (named != null && reached.putIfAbsent(ref.id(), named) == null) {
        reach(named, definitions, reached);
      }
    } else if (type instanceof ObjectType object) {
      for (Property property : object.properties()) {
        reach(property.type(), definitions, reached);
      }
    } else if (type instanceof UnionType union) {
      for (Ref variant : union.variants()) {
        reach(variant, definitions, reached);
      }
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
    if (!element.getTypeParameters().isEmpty() || record.discriminator().isPresent()) {
      return false;
    }
    List<? extends Element> members = element.getEnclosedElements();
    List<RecordComponentElement> components = ElementFilter.recordComponentsIn(members);
    if (record.properties().size() != components.size()) {
      return false; // some are ignored
    }
    Set<String> accessors = new HashSet<>();
    for (RecordComponentElement component : components) {
      String name = component.getSimpleName().toString();
      if (beanName(name) || !describable(component.asType())) {
        return false;
      }
      accessors.add(name);
    }
    for (Property property : record.properties()) {
      if (!noUnion(property.type(), definitions)) {
        return false;
      }
    }
    return canonicalConstructor(members, components).filter(c -> visible(c, where)).isPresent()
        && noExtraGetters(members, accessors)
        && plainMembers(element);
  }

  /** A name Jackson reads as a bean property's getter: {@code get} or {@code is}, then a capital, digit or _. */
  private static boolean beanName(String name) {
    int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
    if (prefix == 0 || name.length() == prefix) {
      return false;
    }
    char next = name.charAt(prefix);
    return (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') || next == '_';
  }

  /** Whether the type is primitive, a class, or arrays and parameterizations of those: no wildcard, no variable. */
  private static boolean describable(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> describable(((javax.lang.model.type.ArrayType) type).getComponentType());
      case DECLARED -> {
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          if (!describable(argument)) {
            yield false;
          }
        }
        yield true;
      }
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
      List<? extends Element> members, List<RecordComponentElement> components) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(members)) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (parameters.size() != components.size()) {
        continue;
      }
      boolean canonical = true;
      for (int i = 0; i < components.size() && canonical; i++) {
        canonical = types.isSameType(parameters.get(i).asType(), components.get(i).asType());
      }
      if (canonical) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  /** No public getter or {@code is} method besides the accessors: Jackson would write it as another property. */
  private static boolean noExtraGetters(List<? extends Element> members, Set<String> accessors) {
    for (ExecutableElement method : ElementFilter.methodsIn(members)) {
      String name = method.getSimpleName().toString();
      boolean getter = method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && method.getParameters().isEmpty()
          && method.getReturnType().getKind() != TypeKind.VOID;
      if (getter && !accessors.contains(name) && beanName(name)) {
        return false;
      }
    }
    return true;
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
      if (member instanceof RecordComponentElement component && !plain(component.asType().getAnnotationMirrors())) {
        return false;
      }
      if (member instanceof ExecutableElement executable) {
        for (VariableElement parameter : executable.getParameters()) {
          if (!plainAnnotations(parameter)) {
            return false;
          }
        }
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
    return plain(element.getAnnotationMirrors());
  }

  private static boolean plain(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      if (!plain(annotation)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plain(AnnotationMirror annotation) {
    String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
    if (!name.startsWith(JACKSON) || PLAIN_ANNOTATIONS.contains(name)) {
      return true;
    }
    if (!name.equals(JSON_PROPERTY)) {
      return false;
    }
    for (ExecutableElement member : annotation.getElementValues().keySet()) {
      if (!member.getSimpleName().contentEquals("value")) {
        return false;
      }
    }
    return true;
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
