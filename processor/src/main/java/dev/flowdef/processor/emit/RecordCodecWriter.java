package dev.flowdef.processor.emit;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.flowdef.processor.model.RuntimeNames;
import dev.flowdef.processor.types.JsonType.ObjectType;
import dev.flowdef.processor.types.Property;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * Writes the serializer and deserializer of one record: the properties in the record's order under their JSON names,
 * each value written and read inline ({@link InlineValue}) or by the serializer or deserializer Jackson has for its
 * type, found once when Jackson resolves the codec; the record built with its canonical constructor.
 */
final class RecordCodecWriter {
  private static final String JACKSON_CORE = "com.fasterxml.jackson.core";
  private static final String JACKSON_DATABIND = "com.fasterxml.jackson.databind";
  static final ClassName JSON_GENERATOR = ClassName.get(JACKSON_CORE, "JsonGenerator");
  static final ClassName JSON_PARSER = ClassName.get(JACKSON_CORE, "JsonParser");
  static final ClassName JSON_TOKEN = ClassName.get(JACKSON_CORE, "JsonToken");
  static final ClassName SERIALIZER_PROVIDER = ClassName.get(JACKSON_DATABIND, "SerializerProvider");
  static final ClassName DESERIALIZATION_CONTEXT = ClassName.get(JACKSON_DATABIND, "DeserializationContext");
  static final ClassName JSON_SERIALIZER = ClassName.get(JACKSON_DATABIND, "JsonSerializer");
  static final ClassName JSON_DESERIALIZER = ClassName.get(JACKSON_DATABIND, "JsonDeserializer");
  private static final ClassName JSON_MAPPING_EXCEPTION = ClassName.get(JACKSON_DATABIND, "JsonMappingException");
  private static final ClassName TOKEN_BUFFER = ClassName.get(JACKSON_DATABIND + ".util", "TokenBuffer");
  private static final List<String> RESERVED =
      List.of("p", "ctxt", "gen", "provider", "value", "property", "unknown", "token", "record", "e");

  private final TypeLiterals typeLiterals;

  RecordCodecWriter(TypeLiterals typeLiterals) {
    this.typeLiterals = typeLiterals;
  }

  TypeSpec serializer(ObjectType record, ClassName name) {
    ClassName type = ClassName.get(record.element());
    TypeSpec.Builder serializer = codecClass(name, ParameterizedTypeName.get(RuntimeNames.RECORD_SERIALIZER, type),
        JSON_SERIALIZER, CodeBlock.of("super($T.class, standard)", type))
        .addJavadoc("Writes {@link $T} as Jackson writes a record.\n", type);
    MethodSpec.Builder resolve = resolveMethod("resolveValues", SERIALIZER_PROVIDER, "provider");
    CodeBlock.Builder write = CodeBlock.builder();
    NameAllocator fields = new NameAllocator();
    boolean first = true;
    for (Property property : record.properties()) {
      TypeMirror valueType = property.accessor().getReturnType();
      CodeBlock value = CodeBlock.of("value.$N()", property.accessor().getSimpleName().toString());
      if (!first) {
        write.addStatement("property = $S", property.jsonName());
      }
      write.addStatement("gen.writeFieldName(property)");
      first = false;
      Optional<InlineValue> inline = InlineValue.of(valueType);
      if (inline.isPresent()) {
        write.addStatement(inline.get().write(valueType, value));
        continue;
      }
      String field = fields.newName(property.javaName() + "Serializer");
      serializer.addField(ParameterizedTypeName.get(JSON_SERIALIZER, ClassName.get(Object.class)), field,
          Modifier.PRIVATE);
      resolve.addStatement("$N = serializerOf(provider, $L)", field, typeLiteral(valueType));
      write.addStatement("write(gen, provider, $N, $L)", field, value);
    }
    if (!resolve.build().code.isEmpty()) {
      serializer.addMethod(resolve.build());
    }
    MethodSpec.Builder writeProperties = MethodSpec.methodBuilder("writeProperties")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(type, "value")
        .addParameter(JSON_GENERATOR, "gen")
        .addParameter(SERIALIZER_PROVIDER, "provider")
        .addException(IOException.class);
    if (record.properties().isEmpty()) {
      return serializer.addMethod(writeProperties.build()).build();
    }
    writeProperties.addStatement("$T property = $S", String.class, record.properties().get(0).jsonName())
        .beginControlFlow("try").addCode(write.build())
        .nextControlFlow("catch ($T e)", Exception.class)
        .addStatement("wrapAndThrow(provider, e, value, property)")
        .endControlFlow();
    return serializer.addMethod(writeProperties.build()).build();
  }

  TypeSpec deserializer(ObjectType record, ClassName name) {
    ClassName type = ClassName.get(record.element());
    List<Property> properties = record.properties();
    CodeBlock names = properties.stream().map(p -> CodeBlock.of("$S", p.jsonName())).collect(CodeBlock.joining(", "));
    TypeSpec.Builder deserializer = codecClass(name,
        ParameterizedTypeName.get(RuntimeNames.RECORD_DESERIALIZER, type), JSON_DESERIALIZER,
        CodeBlock.of("super($T.class, standard, $T.of($L))", type, List.class, names))
        .addJavadoc("Reads {@link $T} as Jackson reads a record, through its canonical constructor.\n", type);
    MethodSpec.Builder resolve = resolveMethod("resolveValues", DESERIALIZATION_CONTEXT, "ctxt");
    NameAllocator locals = new NameAllocator();
    RESERVED.forEach(reserved -> locals.newName(reserved, reserved));
    NameAllocator fields = new NameAllocator();
    CodeBlock.Builder declarations = CodeBlock.builder();
    CodeBlock.Builder cases = CodeBlock.builder();
    CodeBlock.Builder missing = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (Property property : properties) {
      TypeMirror valueType = property.accessor().getReturnType();
      String local = locals.newName(property.javaName());
      String seen = locals.newName(property.javaName() + "Seen");
      String field = fields.newName(property.javaName() + "Deserializer");
      deserializer.addField(ParameterizedTypeName.get(JSON_DESERIALIZER, TypeName.get(valueType).box()), field,
          Modifier.PRIVATE);
      resolve.addStatement("$N = deserializerOf(ctxt, $L)", field, typeLiteral(valueType));
      declarations.addStatement("$T $N = $L", TypeName.get(valueType), local, defaultValue(valueType))
          .addStatement("boolean $N = false", seen);
      CodeBlock read = InlineValue.of(valueType).map(inline -> inline.read(valueType, field))
          .orElse(CodeBlock.of("read(p, ctxt, $N)", field));
      cases.add("case $S -> {\n$>", property.jsonName())
          .addStatement("$N = $L", local, read)
          .addStatement("$N = true", seen)
          .add("$<}\n");
      missing.beginControlFlow("if (!$N)", seen)
          .addStatement("$N = absent(ctxt, $N, $T.class, $S)", local, field, type, property.jsonName())
          .endControlFlow();
      arguments.add(CodeBlock.of("$N", local));
    }
    cases.addStatement("default -> unknown = unknown(p, ctxt, unknown, property)");
    if (!properties.isEmpty()) {
      deserializer.addMethod(resolve.build());
    }
    CodeBlock body = CodeBlock.builder()
        .add(declarations.build())
        .addStatement("$T unknown = null", TOKEN_BUFFER)
        .beginControlFlow("for ($T token = p.currentToken(); token == $T.FIELD_NAME; token = p.nextToken())",
            JSON_TOKEN, JSON_TOKEN)
        .addStatement("$T property = p.currentName()", String.class)
        .addStatement("p.nextToken()")
        .beginControlFlow("try")
        .beginControlFlow("switch (property)")
        .add(cases.build())
        .endControlFlow()
        .nextControlFlow("catch ($T e)", Exception.class)
        .addStatement("throw propertyFailed(ctxt, e, property)")
        .endControlFlow()
        .endControlFlow()
        .add(missing.build())
        .addStatement("$T record", type)
        .beginControlFlow("try")
        .addStatement("record = new $T($L)", type, CodeBlock.join(arguments, ", "))
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement("throw constructorFailed(ctxt, e)")
        .endControlFlow()
        .addStatement("return built(ctxt, record, unknown)")
        .build();
    return deserializer.addMethod(MethodSpec.methodBuilder("readProperties")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(type)
            .addParameter(JSON_PARSER, "p")
            .addParameter(DESERIALIZATION_CONTEXT, "ctxt")
            .addException(IOException.class)
            .addCode(body)
            .build())
        .build();
  }

  /**
   * A static nested codec class whose constructor takes Jackson's own codec of the type. Jackson's codecs are
   * {@code Serializable}, these never are: {@code serial} lint would fail users' {@code -Werror} builds.
   */
  static TypeSpec.Builder codecClass(ClassName name, TypeName superclass, ClassName standardType, CodeBlock superCall) {
    return TypeSpec.classBuilder(name)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "serial").build())
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .superclass(superclass)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(ParameterizedTypeName.get(standardType, com.squareup.javapoet.WildcardTypeName.subtypeOf(
                Object.class)), "standard")
            .addStatement(superCall)
            .build());
  }

  private static MethodSpec.Builder resolveMethod(String name, ClassName context, String parameter) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(context, parameter)
        .addException(JSON_MAPPING_EXCEPTION);
  }

  /** The {@code java.lang.reflect.Type} of a value, primitives as themselves. */
  private CodeBlock typeLiteral(TypeMirror type) {
    return type.getKind().isPrimitive() ? CodeBlock.of("$T.class", TypeName.get(type)) : typeLiterals.of(type);
  }

  private static String defaultValue(TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> "false";
      case BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> "0";
      default -> "null";
    };
  }
}
