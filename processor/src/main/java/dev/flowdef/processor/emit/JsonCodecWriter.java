package dev.flowdef.processor.emit;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.flowdef.processor.model.FlowClass;
import dev.flowdef.processor.model.RuntimeNames;
import dev.flowdef.processor.types.JsonType.EnumType;
import dev.flowdef.processor.types.JsonType.Named;
import dev.flowdef.processor.types.JsonType.ObjectType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes the Jackson codecs of a flow class's records and enums ({@link CodecTypes} says which): one class per flow
 * class, {@code MenuFlows_Json} for {@code MenuFlows}, with a serializer and a deserializer per type, written with
 * Jackson's streaming API, and the list of them that the binding hands the runtime.
 */
public final class JsonCodecWriter {
  private final CodecTypes codecTypes;
  private final RecordCodecWriter records;
  private final BindingWriter bindings;
  private final boolean generatedAvailable;
  private final String processorName;

  public JsonCodecWriter(Types types, Elements elements, BindingWriter bindings, String processorName) {
    this.codecTypes = new CodecTypes(elements, types);
    this.records = new RecordCodecWriter(new TypeLiterals(types));
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
        .addJavadoc("Jackson serializers and deserializers of the records and enums the flows of {@link $T} read and"
            + " write,\nin Jackson's streaming API, so requests are read and answers written without reflection. Each"
            + " does\nwhat Jackson's own does for its type, and hands Jackson's own whatever it does not handle"
            + " itself.\n", ClassName.get(flowClass.element()))
        .alwaysQualify(bindings.packageTypeNames(flowClass));
    if (generatedAvailable) {
      codecs.addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(RuntimeNames.GENERATED))
          .addMember("value", "$S", processorName).build());
    }
    NameAllocator classNames = new NameAllocator();
    List<CodeBlock> entries = new ArrayList<>();
    List<TypeSpec> classes = new ArrayList<>();
    for (Named type : types) {
      String base = classNames.newName(type.element().getSimpleName().toString());
      ClassName serializer = name.nestedClass(base + "Serializer");
      ClassName deserializer = name.nestedClass(base + "Deserializer");
      entries.add(CodeBlock.of("$T.of($T.class, $T::new, $T::new)", RuntimeNames.JSON_CODEC,
          ClassName.get(type.element()), serializer, deserializer));
      if (type instanceof ObjectType record) {
        classes.add(records.serializer(record, serializer));
        classes.add(records.deserializer(record, deserializer));
      } else {
        classes.add(enumSerializer((EnumType) type, serializer));
        classes.add(enumDeserializer((EnumType) type, deserializer));
      }
    }
    codecs.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.JSON_CODEC),
            "CODECS", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The codecs, in the order the flows first use their types.\n")
            .initializer("$T.of(\n$>$>$L)$<$<", List.class, CodeBlock.join(entries, ",\n"))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addTypes(classes);
    return Optional.of(JavaFile.builder(name.packageName(), codecs.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build());
  }

  private static TypeSpec enumSerializer(EnumType type, ClassName name) {
    ClassName enumType = ClassName.get(type.element());
    CodeBlock.Builder cases = CodeBlock.builder();
    List<VariableElement> constants = constants(type);
    for (int i = 0; i < constants.size(); i++) {
      cases.add("case $N -> $S;\n", constants.get(i).getSimpleName().toString(), type.values().get(i));
    }
    return RecordCodecWriter.codecClass(name, ParameterizedTypeName.get(RuntimeNames.GENERATED_SERIALIZER, enumType),
            RecordCodecWriter.JSON_SERIALIZER, CodeBlock.of("super($T.class, standard)", enumType))
        .addJavadoc("Writes {@link $T} as Jackson writes an enum: the string of each constant.\n", enumType)
        .addMethod(MethodSpec.methodBuilder("serialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(enumType, "value")
            .addParameter(RecordCodecWriter.JSON_GENERATOR, "gen")
            .addParameter(RecordCodecWriter.SERIALIZER_PROVIDER, "provider")
            .addException(IOException.class)
            .addCode("gen.writeString(switch (value) {\n$>$L$<});\n", cases.build())
            .build())
        .build();
  }

  private static TypeSpec enumDeserializer(EnumType type, ClassName name) {
    ClassName enumType = ClassName.get(type.element());
    CodeBlock.Builder cases = CodeBlock.builder();
    List<VariableElement> constants = constants(type);
    for (int i = 0; i < constants.size(); i++) {
      cases.addStatement("case $S: return $T.$N", type.values().get(i), enumType,
          constants.get(i).getSimpleName().toString());
    }
    cases.addStatement("default: break");
    return RecordCodecWriter.codecClass(name,
            ParameterizedTypeName.get(RuntimeNames.GENERATED_DESERIALIZER, enumType),
            RecordCodecWriter.JSON_DESERIALIZER, CodeBlock.of("super($T.class, standard)", enumType))
        .addJavadoc("Reads {@link $T} from the string of a constant; Jackson's own reads anything else.\n", enumType)
        .addMethod(MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(enumType)
            .addParameter(RecordCodecWriter.JSON_PARSER, "p")
            .addParameter(RecordCodecWriter.DESERIALIZATION_CONTEXT, "ctxt")
            .addException(IOException.class)
            .beginControlFlow("if (p.hasToken($T.VALUE_STRING))", RecordCodecWriter.JSON_TOKEN)
            .beginControlFlow("switch (p.getText())")
            .addCode(cases.build())
            .endControlFlow()
            .endControlFlow()
            .addStatement("return standard(p, ctxt)")
            .build())
        .build();
  }

  private static List<VariableElement> constants(EnumType type) {
    return ElementFilter.fieldsIn(type.element().getEnclosedElements()).stream()
        .filter(field -> field.getKind() == ElementKind.ENUM_CONSTANT).toList();
  }
}
