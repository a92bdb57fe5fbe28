package dev.flowdef.clientgen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.flowdef.clientgen.model.ClientModel;
import dev.flowdef.clientgen.model.Definition;
import dev.flowdef.clientgen.model.Definition.EnumDef;
import dev.flowdef.clientgen.model.Definition.ObjectDef;
import dev.flowdef.clientgen.model.Definition.Property;
import dev.flowdef.clientgen.model.Definition.UnionDef;
import dev.flowdef.clientgen.model.Shape;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes the manifest's named types as Java: a record per object (its components named and annotated so Jackson
 * reads and writes the same JSON names), an enum per string enum, a sealed interface per union, with Jackson's type
 * information when the variants carry a type id.
 */
final class DefinitionWriter {
  private final ClientModel model;
  private final String packageName;
  private final JavaTypes types;

  DefinitionWriter(ClientModel model, String packageName) {
    this.model = model;
    this.packageName = packageName;
    this.types = new JavaTypes(model, packageName);
  }

  /** The file declaring {@code definition}, or none for an alias, which uses its shape's type. */
  Optional<JavaFile> write(Definition definition) {
    TypeSpec type;
    if (definition instanceof ObjectDef object) {
      type = record(object);
    } else if (definition instanceof EnumDef enumeration) {
      type = enumeration(enumeration);
    } else if (definition instanceof UnionDef union) {
      type = union(union);
    } else {
      return Optional.empty();
    }
    return Optional.of(JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build());
  }

  private ClassName name(String id) {
    return ClassName.get(packageName, model.typeName(id));
  }

  private TypeSpec record(ObjectDef object) {
    Set<String> typeIds = new HashSet<>();
    model.discriminatedUnionsOf(object.id()).forEach(union -> typeIds.add(union.discriminator().orElseThrow()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder javadoc = CodeBlock.builder().add("$L\n", description(object));
    Set<String> components = new HashSet<>();
    boolean documented = false;
    for (Property property : object.properties()) {
      if (typeIds.contains(property.jsonName())) {
        continue; // Jackson writes and reads the type id itself, from the union's annotations
      }
      String component = Names.camel(property.jsonName());
      for (int suffix = 2; !components.add(component) || reservedInRecord(component); suffix++) {
        component = Names.camel(property.jsonName()) + suffix;
      }
      boolean optional = !property.required() || property.shape() instanceof Shape.Nullable;
      TypeName type = optional ? types.boxed(property.shape()) : types.of(property.shape());
      ParameterSpec.Builder parameter = ParameterSpec.builder(type, component);
      if (!component.equals(property.jsonName())) {
        parameter.addAnnotation(AnnotationSpec.builder(Names.JSON_PROPERTY)
            .addMember("value", "$S", property.jsonName()).build());
      }
      if (!property.required() && !(property.shape() instanceof Shape.Nullable)) {
        // may be left out, but not sent as null: the schema does not allow it
        parameter.addAnnotation(AnnotationSpec.builder(Names.JSON_INCLUDE)
            .addMember("value", "$T.Include.NON_NULL", Names.JSON_INCLUDE).build());
      }
      constructor.addParameter(parameter.build());
      javadoc.add(documented ? "" : "\n").add("@param $L $L\n", component, propertyDoc(property, optional));
      documented = true;
    }
    TypeSpec.Builder record = TypeSpec.recordBuilder(name(object.id()))
        .addJavadoc(javadoc.build())
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(constructor.build());
    model.unionsOf(object.id()).forEach(union -> record.addSuperinterface(name(union.id())));
    return record.build();
  }

  private static boolean reservedInRecord(String component) {
    return List.of("hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize")
        .contains(component);
  }

  private TypeSpec enumeration(EnumDef enumeration) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(name(enumeration.id()))
        .addJavadoc("$L\n", description(enumeration))
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC);
    Set<String> constants = new HashSet<>();
    for (String value : enumeration.values()) {
      String base = SourceVersion.isName(value) && !value.equals("_") ? value : Names.constant(value);
      String constant = base;
      for (int suffix = 2; !constants.add(constant); suffix++) {
        constant = base + "_" + suffix;
      }
      if (!constant.equals(value)) {
        type.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("")
            .addAnnotation(AnnotationSpec.builder(Names.JSON_PROPERTY).addMember("value", "$S", value).build())
            .build());
      } else {
        type.addEnumConstant(constant);
      }
    }
    return type.build();
  }

  private TypeSpec union(UnionDef union) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(name(union.id()))
        .addJavadoc("$L\n", description(union))
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED);
    CodeBlock.Builder subtypes = CodeBlock.builder().add("{\n$>");
    for (int i = 0; i < union.variants().size(); i++) {
      String variant = union.variants().get(i);
      type.addPermittedSubclass(name(variant));
      subtypes.add("@$T.Type(value = $T.class", Names.JSON_SUB_TYPES, name(variant));
      if (union.discriminator().isPresent()) {
        subtypes.add(", name = $S", union.tags().get(variant));
      }
      subtypes.add(")").add(i < union.variants().size() - 1 ? ",\n" : "\n");
    }
    subtypes.add("$<}");
    AnnotationSpec.Builder typeInfo = AnnotationSpec.builder(Names.JSON_TYPE_INFO);
    if (union.discriminator().isPresent()) {
      typeInfo.addMember("use", "$T.Id.NAME", Names.JSON_TYPE_INFO)
          .addMember("property", "$S", union.discriminator().get());
    } else {
      typeInfo.addMember("use", "$T.Id.DEDUCTION", Names.JSON_TYPE_INFO);
    }
    type.addAnnotation(typeInfo.build());
    type.addAnnotation(AnnotationSpec.builder(Names.JSON_SUB_TYPES).addMember("value", "$L", subtypes.build()).build());
    return type.build();
  }

  private static String description(Definition definition) {
    return Names.wrap(Names.javadoc(definition.description()
        .orElse("The {@code " + definition.id() + "} type of the flows.")), "");
  }

  private static String propertyDoc(Property property, boolean optional) {
    String text = property.description().orElse("the {@code " + property.jsonName() + "} property");
    if (optional) {
      boolean nullable = property.shape() instanceof Shape.Nullable;
      text = text + (nullable ? ", or {@code null}" : ", or {@code null} if left out");
    }
    return Names.wrap(Names.javadoc(text), "    ");
  }
}
