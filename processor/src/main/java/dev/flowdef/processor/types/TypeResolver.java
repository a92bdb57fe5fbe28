package dev.flowdef.processor.types;

import dev.flowdef.processor.Message;
import dev.flowdef.processor.types.JsonType.ArrayType;
import dev.flowdef.processor.types.JsonType.BooleanType;
import dev.flowdef.processor.types.JsonType.Discriminator;
import dev.flowdef.processor.types.JsonType.EnumType;
import dev.flowdef.processor.types.JsonType.IntegerType;
import dev.flowdef.processor.types.JsonType.MapType;
import dev.flowdef.processor.types.JsonType.Named;
import dev.flowdef.processor.types.JsonType.NullableType;
import dev.flowdef.processor.types.JsonType.NumberType;
import dev.flowdef.processor.types.JsonType.ObjectType;
import dev.flowdef.processor.types.JsonType.Ref;
import dev.flowdef.processor.types.JsonType.StringType;
import dev.flowdef.processor.types.JsonType.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Builds the {@link JsonType} of a Java type, as Jackson would write it, or the {@link Problem}s that keep Flowdef
 * from describing it. One resolver serves a processing round: named types are described once, in
 * {@link #definitions()}, and a type that failed reports its problems again wherever it is used.
 */
public final class TypeResolver {
  /**
   * The JDK's usual collection types, each with the ones {@link #declared} asks about that it extends, to which it
   * passes its type arguments as they are: they need no walk up their supertypes.
   */
  private static final Map<String, Set<String>> PASS_THROUGH = Map.of(
      "java.util.List", Set.of("java.util.Collection"),
      "java.util.Set", Set.of("java.util.Collection"),
      "java.util.Collection", Set.of(),
      "java.util.Map", Set.of());

  private final Types types;
  private final JacksonShape jackson;
  private final ValueTypes values;
  private final JsonValueConstants constants;
  private final Map<String, Named> definitions = new LinkedHashMap<>();
  private final Map<String, List<Problem>> failed = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  public TypeResolver(ProcessingEnvironment environment) {
    this.types = environment.getTypeUtils();
    this.jackson = new JacksonShape(environment.getElementUtils());
    this.values = new ValueTypes();
    this.constants = JsonValueConstants.of(environment);
  }

  /** The shape of a type a flow uses, or the problems that keep it from having one (then the shape is empty). */
  public record Resolution(Optional<JsonType> type, List<Problem> problems) {}

  /**
   * Describes {@code type}, used by {@code user}; {@code where} names the use in messages, for example
   * "The input of flow method 'order'".
   */
  public Resolution resolve(TypeMirror type, Element user, String where) {
    List<Problem> problems = new ArrayList<>();
    JsonType shape = shape(type, user, where, problems);
    return problems.isEmpty() ? new Resolution(Optional.of(shape), List.of()) : new Resolution(Optional.empty(),
        List.copyOf(problems));
  }

  /** Every named type described so far, by id. */
  public Map<String, Named> definitions() {
    return definitions;
  }

  /** The shape of {@code type}, or {@code null} after adding to {@code problems} why it has none. */
  private JsonType shape(TypeMirror type, Element user, String where, List<Problem> problems) {
    switch (type.getKind()) {
      case BOOLEAN:
        return new BooleanType();
      case BYTE:
        return IntegerType.bits(8);
      case SHORT:
        return IntegerType.bits(16);
      case INT:
        return IntegerType.bits(32);
      case LONG:
        return IntegerType.bits(64);
      case CHAR:
        return ValueTypes.CHARACTER;
      case FLOAT:
      case DOUBLE:
        return new NumberType();
      case ARRAY:
        TypeMirror component = ((javax.lang.model.type.ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return ValueTypes.BASE64; // Jackson writes byte[] as one base64 string
        }
        if (component.getKind() == TypeKind.CHAR) {
          return StringType.PLAIN; // and char[] as one string
        }
        JsonType items = shape(component, user, where, problems);
        return items == null ? null : new ArrayType(items, false);
      case TYPEVAR:
        problems.add(Problem.of(user, Message.TYPE_VARIABLE, where, type));
        return null;
      case WILDCARD:
        problems.add(Problem.of(user, Message.WILDCARD, where, type));
        return null;
      case DECLARED:
        return declared((DeclaredType) type, user, where, problems);
      default:
        problems.add(Problem.of(user, Message.UNTYPED, where, type));
        return null;
    }
  }

  private JsonType declared(DeclaredType type, Element user, String where, List<Problem> problems) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    Optional<JsonType> value = values.of(name);
    if (value.isPresent()) {
      return value.get();
    }
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      problems.add(Problem.of(user, Message.RAW_TYPE, where, name, element.getSimpleName() + "<"
          + element.getTypeParameters().stream().map(p -> "String").collect(Collectors.joining(", ")) + ">"));
      return null;
    }
    switch (name) {
      case "java.lang.Void":
        problems.add(Problem.of(user, Message.VOID_VALUE, where));
        return null;
      case "java.lang.Object":
        problems.add(Problem.of(user, Message.UNTYPED, where, name));
        return null;
      case "java.util.Optional":
        JsonType present = shape(type.getTypeArguments().get(0), user, where, problems);
        return present == null ? null : new NullableType(present);
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return enumType(type, element, problems);
    }
    if (element.getKind() == ElementKind.RECORD) {
      return record(type, element, problems);
    }
    if (element.getKind() == ElementKind.INTERFACE && element.getModifiers().contains(Modifier.SEALED)) {
      return union(type, element, user, where, problems);
    }
    List<? extends TypeMirror> collection = typeArgumentsAs(type, "java.util.Collection");
    if (collection != null) {
      JsonType items = shape(collection.get(0), user, where, problems);
      return items == null ? null : new ArrayType(items, typeArgumentsAs(type, "java.util.Set") != null);
    }
    List<? extends TypeMirror> map = typeArgumentsAs(type, "java.util.Map");
    if (map != null) {
      return map(type, map.get(0), map.get(1), user, where, problems);
    }
    problems.add(Problem.of(user, Message.NOT_A_RECORD, where, name));
    return null;
  }

  private JsonType map(
      DeclaredType type, TypeMirror key, TypeMirror value, Element user, String where, List<Problem> problems) {
    Optional<Ref> enumKeys = Optional.empty();
    boolean stringKeys = key.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName().contentEquals("java.lang.String");
    if (!stringKeys) {
      boolean enumKey = key.getKind() == TypeKind.DECLARED
          && ((DeclaredType) key).asElement().getKind() == ElementKind.ENUM;
      if (!enumKey) {
        problems.add(key.getKind() == TypeKind.WILDCARD || key.getKind() == TypeKind.TYPEVAR
            ? Problem.of(user, key.getKind() == TypeKind.WILDCARD ? Message.WILDCARD : Message.TYPE_VARIABLE, where,
                key.getKind() == TypeKind.WILDCARD ? type : key)
            : Problem.of(user, Message.MAP_KEY, where, type, key));
        return null;
      }
      JsonType keys = shape(key, user, where, problems);
      if (keys == null) {
        return null;
      }
      enumKeys = Optional.of((Ref) keys);
    }
    JsonType values = shape(value, user, where, problems);
    return values == null ? null : new MapType(enumKeys, values);
  }

  private JsonType enumType(DeclaredType type, TypeElement element, List<Problem> problems) {
    String id = element.getQualifiedName().toString();
    return named(id, problems, own -> {
      Optional<Element> member = jackson.jsonValueMember(element);
      if (member.isPresent()) {
        TypeMirror memberType = member.get() instanceof ExecutableElement method
            ? method.getReturnType() : member.get().asType();
        JsonType value = shape(memberType, member.get(), "The @JsonValue of enum " + id, own);
        return value == null ? null : new EnumType(id, element,
            constants.values(element, member.get()).orElse(List.of()), Optional.of(value));
      }
      List<Object> constants = element.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).<Object>map(jackson::enumValue).toList();
      return new EnumType(id, element, constants, Optional.empty());
    });
  }

  private JsonType record(DeclaredType type, TypeElement element, List<Problem> problems) {
    String id = TypeIds.of(type);
    return named(id, problems, own -> {
      List<Property> properties = new ArrayList<>();
      for (RecordComponentElement component : ElementFilter.recordComponentsIn(element.getEnclosedElements())) {
        if (jackson.ignored(element, component)) {
          continue;
        }
        TypeMirror componentType =
            ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType();
        String where = "Component '" + component.getSimpleName() + "' of record " + element.getQualifiedName();
        JsonType shape = shape(componentType, reportable(element, component), where, own);
        if (shape != null) {
          properties.add(new Property(element, component, component.getAccessor(), shape));
        }
      }
      return new ObjectType(id, element, List.copyOf(properties), discriminator(element));
    });
  }

  private JsonType union(DeclaredType type, TypeElement element, Element user, String where, List<Problem> problems) {
    if (!type.getTypeArguments().isEmpty()) {
      problems.add(Problem.of(user, Message.NOT_A_RECORD, where, type));
      return null;
    }
    String id = element.getQualifiedName().toString();
    return named(id, problems, own -> {
      Optional<JacksonShape.TypeInfo> info = jackson.typeInfo(element);
      if (info.isPresent() && !info.get().supported()) {
        own.add(Problem.of(user, Message.TYPE_INFO, where, id, info.get().use(), info.get().include()));
        return null;
      }
      List<Ref> variants = new ArrayList<>();
      for (TypeElement subtype : JacksonShape.permitted(element)) {
        boolean describable = subtype.getKind() == ElementKind.RECORD
            || (subtype.getKind() == ElementKind.INTERFACE && subtype.getModifiers().contains(Modifier.SEALED));
        if (!describable) {
          own.add(Problem.of(user, Message.SEALED_SUBTYPE, where, id, subtype.getQualifiedName()));
          continue;
        }
        JsonType variant = shape(subtype.asType(), user, where, own);
        if (variant instanceof Ref ref) {
          variants.add(ref);
        }
      }
      return new UnionType(id, element, List.copyOf(variants), info.isPresent());
    });
  }

  /** A builder of one named type that adds its own problems to the list it is given, or returns null. */
  private interface NamedBuilder {
    Named build(List<Problem> own);
  }

  /**
   * Describes a named type once: a use while it is being described (recursion) or after refers to it; a failure is
   * remembered, together with the types described meanwhile, which may refer to the failed one.
   */
  private JsonType named(String id, List<Problem> problems, NamedBuilder builder) {
    if (failed.containsKey(id)) {
      problems.addAll(failed.get(id));
      return null;
    }
    if (definitions.containsKey(id) || inProgress.contains(id)) {
      return new Ref(id);
    }
    int describedBefore = definitions.size();
    inProgress.add(id);
    List<Problem> own = new ArrayList<>();
    Named named = builder.build(own);
    inProgress.remove(id);
    if (named == null || !own.isEmpty()) {
      failed.put(id, List.copyOf(own));
      forgetAllBut(describedBefore);
      problems.addAll(own);
      return null;
    }
    definitions.put(id, named);
    return new Ref(id);
  }

  /**
   * Forgets the types described after the first {@code count}: definitions are only ever added, in order, so those are
   * the ones a failed type's description added (and may refer to it). No copy of the map per type described.
   */
  private void forgetAllBut(int count) {
    Iterator<String> ids = definitions.keySet().iterator();
    for (int kept = 0; kept < count; kept++) {
      ids.next();
    }
    while (ids.hasNext()) {
      ids.next();
      ids.remove();
    }
  }

  /**
   * Where javac can show a problem with a component: its field, which javac declares at the component's position in
   * the record header (javac gives record components themselves no position, JDK 17 to 25).
   */
  private static Element reportable(TypeElement record, RecordComponentElement component) {
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (field.getSimpleName().equals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
  }

  /** The type id Jackson adds to a record whose sealed supertype has {@code @JsonTypeInfo}. */
  private Optional<Discriminator> discriminator(TypeElement record) {
    for (TypeElement supertype : sealedSupertypes(record)) {
      Optional<JacksonShape.TypeInfo> info = jackson.typeInfo(supertype);
      if (info.isPresent() && info.get().supported()) {
        return Optional.of(new Discriminator(info.get().property(), jackson.typeId(info.get(), supertype, record)));
      }
    }
    return Optional.empty();
  }

  private List<TypeElement> sealedSupertypes(TypeElement type) {
    List<TypeElement> found = new ArrayList<>();
    for (TypeMirror supertype : type.getInterfaces()) {
      TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
      if (element.getModifiers().contains(Modifier.SEALED)) {
        found.add(element);
      }
      found.addAll(sealedSupertypes(element));
    }
    return found;
  }

  /** The type arguments {@code type} gives {@code supertype}, or {@code null} if it is not one. */
  private List<? extends TypeMirror> typeArgumentsAs(DeclaredType type, String supertype) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals(supertype)) {
      return type.getTypeArguments();
    }
    Set<String> passedTo = PASS_THROUGH.get(name);
    if (passedTo != null) { // the usual List, Set and Map: no walk up their supertypes, per property of every record
      return passedTo.contains(supertype) ? type.getTypeArguments() : null;
    }
    for (TypeMirror direct : types.directSupertypes(type)) {
      if (direct.getKind() == TypeKind.DECLARED) {
        List<? extends TypeMirror> arguments = typeArgumentsAs((DeclaredType) direct, supertype);
        if (arguments != null) {
          return arguments;
        }
      }
    }
    return null;
  }
}
