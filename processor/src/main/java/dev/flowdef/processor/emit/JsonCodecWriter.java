package dev.flowdef.processor.emit;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.flowdef.processor.model.FlowClass;
import dev.flowdef.processor.model.RuntimeNames;
import dev.flowdef.processor.types.JsonType.EnumType;
import dev.flowdef.processor.types.JsonType.Named;
import dev.flowdef.processor.types.JsonType.ObjectType;
import dev.flowdef.processor.types.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes the Jackson codecs of a flow class's records and enums ({@link CodecTypes} says which): one class per flow
 * class, {@code MenuFlows_Json} for {@code MenuFlows}, holding a list that describes each type for the runtime's
 * table-driven codecs, which the binding hands the runtime. A record is its properties (JSON name, declared type,
 * accessor) and a lambda that calls its canonical constructor; an enum is its constants and their strings. Nothing
 * per type but method references and one lambda, so the generated code stays small and cheap to compile.
 */
public final class JsonCodecWriter {
  private static final String VALUES = "values";

  private final CodecTypes codecTypes;
  private final TypeLiterals typeLiterals;
  private final BindingWriter bindings;
  private final boolean generatedAvailable;
  private final String processorName;

  public JsonCodecWriter(Types types, Elements elements, BindingWriter bindings, String processorName) {
    this.codecTypes = new CodecTypes(elements, types);
    this.typeLiterals = new TypeLiterals(types);
    this.bindings = bindings;
    this.generatedAvailable = elements.getTypeElement(RuntimeNames.GENERATED) != null;
    this.processorName = processorName;
  }

  /** The codecs of the class's flows, or none when no type of theirs gets one. */
  public Optional<JavaFile> write(FlowClass flowClass, Map<String, Named> definitions) {
    List<Named> types = codecTypes.of(flowClass, definitions);
    if (types.isEmpty()) {
      return Optional.empty();
    }
    ClassName name = flowClass.jsonCodecsName();
    TypeSpec.Builder codecs = TypeSpec.classBuilder(name)
        .addOriginatingElement(flowClass.element())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Jackson codecs of the records and enums the flows of {@link $T} read and write, as tables for"
            + " the\nruntime's codecs, which read requests and write answers without reflection, as Jackson's own"
            + " would.\n", ClassName.get(flowClass.element()))
        .alwaysQualify(bindings.packageTypeNames(flowClass));
    if (generatedAvailable) {
      codecs.addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(RuntimeNames.GENERATED))
          .addMember("value", "$S", processorName).build());
    }
    List<CodeBlock> entries = new ArrayList<>();
    boolean unchecked = false;
    for (Named type : types) {
      if (type instanceof ObjectType record) {
        entries.add(record(record));
        unchecked |= record.properties().stream().anyMatch(p -> generic(p.accessor().getReturnType()));
      } else {
        entries.add(enumeration((EnumType) type));
      }
    }
    FieldSpec.Builder list = FieldSpec.builder(
            ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.JSON_CODEC), "CODECS",
            Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The codecs, in the order the flows first use their types.\n")
        .initializer("$T.of(\n$>$>$L)$<$<", List.class, CodeBlock.join(entries, ",\n"));
    if (unchecked) {
      list.addJavadoc("(The constructors' arguments are cast to generic types from the values read for them.)\n")
          .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    codecs.addField(list.build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return Optional.of(JavaFile.builder(name.packageName(), codecs.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build());
  }

  /** {@code JsonCodec.record(T.class).property("name", type, T::accessor)...constructor(values -> new T(...))}. */
  private CodeBlock record(ObjectType record) {
    ClassName type = ClassName.get(record.element());
    CodeBlock.Builder code = CodeBlock.builder().add("$T.record($T.class)$>$>", RuntimeNames.JSON_CODEC, type);
    List<CodeBlock> arguments = new ArrayList<>();
    for (Property property : record.properties()) {
      TypeMirror valueType = property.accessor().getReturnType();
      code.add("\n.property($S, $L, $T::$N)", property.jsonName(), typeLiteral(valueType), type,
          property.accessor().getSimpleName().toString());
      arguments.add(CodeBlock.of("($T) $N[$L]", TypeName.get(valueType), VALUES, arguments.size()));
    }
    return code.add("\n.constructor($N -> new $T($L))$<$<", VALUES, type, CodeBlock.join(arguments, ",$W"))
        .build();
  }

  /**
   * {@code JsonCodec.enumeration(E.class, E.values(), "A", "b-2")}: the constants' strings in their order (the type
   * model's values follow the constants, {@link CodecTypes} checked there is one per constant).
   */
  private static CodeBlock enumeration(EnumType type) {
    ClassName enumType = ClassName.get(type.element());
    CodeBlock names = type.values().stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(",$W"));
    return CodeBlock.of("$T.enumeration($T.class, $T.values(),$W$L)", RuntimeNames.JSON_CODEC, enumType, enumType,
        names);
  }

  /** The {@code java.lang.reflect.Type} of a value, primitives as themselves. */
  private CodeBlock typeLiteral(TypeMirror type) {
    return type.getKind().isPrimitive() ? CodeBlock.of("$T.class", TypeName.get(type)) : typeLiterals.of(type);
  }

  /** Whether a cast from {@code Object} to the type is unchecked. */
  private static boolean generic(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> !((DeclaredType) type).getTypeArguments().isEmpty();
      case ARRAY -> generic(((ArrayType) type).getComponentType());
      default -> type.getKind() == TypeKind.TYPEVAR;
    };
  }
}
