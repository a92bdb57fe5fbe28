package dev.flowdef.clientgen.java;

import static dev.flowdef.clientgen.java.Names.BUILDER;
import static dev.flowdef.clientgen.java.Names.EXCEPTION;
import static dev.flowdef.clientgen.java.Names.OPTIONS;
import static dev.flowdef.clientgen.java.Names.STREAM;
import static dev.flowdef.clientgen.java.Names.TRANSPORT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a client class: a typed method per flow (and, for a streaming flow, a {@code stream...} method returning
 * its chunks and output), {@code create} and {@code builder} for the base URL and defaults, and {@code withOptions}
 * for a client whose calls add headers or a timeout. What every client shares is in the client library.
 *
 * <p>The transport's generic calls carry explicit type arguments: the processor writes a client into every build of
 * its module, and javac attributes them in about half the time without inferring them (40 ms less for the clients
 * of a 200-flow module).
 */
final class ClientWriter {
  private static final Set<String> TAKEN = Set.of("create", "builder", "withOptions", "equals", "hashCode",
      "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private final ClassName client;

  ClientWriter(ClassName client) {
    this.client = client;
  }

  JavaFile write(List<JavaFlow> flows, List<Element> origins) {
    TypeSpec.Builder type = TypeSpec.classBuilder(client)
        .addJavadoc(classJavadoc(flows))
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    origins.forEach(type::addOriginatingElement);
    type.addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TRANSPORT, "transport")
            .addStatement("this.transport = transport")
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("A client of the service at {@code baseUrl}, for example {@code http://localhost:3400}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client)
            .addParameter(String.class, "baseUrl")
            .addStatement("return builder(baseUrl).build()")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder of a client of the service at {@code baseUrl}, with more options.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(BUILDER, client))
            .addParameter(String.class, "baseUrl")
            .addStatement("return new $T<$T>(baseUrl, $T::new)", BUILDER, client, client)
            .build())
        .addMethod(MethodSpec.methodBuilder("withOptions")
            .addJavadoc("This client, its calls sending the headers and timeout of {@code options} over its"
                + " defaults.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addParameter(OPTIONS, "options")
            .addStatement("return new $T(transport.withOptions(options))", client)
            .build());
    Set<String> methods = new HashSet<>(TAKEN);
    Set<String> constants = new HashSet<>();
    for (JavaFlow flow : flows) {
      String constant = unique(Names.constant(flow.name()), constants);
      String method = unique(Names.camel(flow.name()), methods);
      CodeBlock inputType = typeOf(type, flow.input(), constant + "_INPUT");
      CodeBlock outputType = typeOf(type, flow.output(), constant + "_OUTPUT");
      addCall(type, flow, method, inputType, outputType);
      if (flow.streams()) {
        CodeBlock chunkType = typeOf(type, Optional.of(chunkType(flow)), constant + "_CHUNK");
        addStream(type, flow, unique("stream" + Names.capitalize(method), methods), inputType, chunkType, outputType);
      }
    }
    return JavaFile.builder(client.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static String unique(String base, Set<String> taken) {
    String name = taken.contains(base) ? base + "Flow" : base;
    String unique = name;
    for (int suffix = 2; taken.contains(unique); suffix++) {
      unique = name + suffix;
    }
    taken.add(unique);
    return unique;
  }

  private static TypeName chunkType(JavaFlow flow) {
    return flow.chunk().orElse(Names.JSON_NODE);
  }

  /**
   * What the transport is given for a flow's type, {@code null} where the flow has none: the type's class literal
   * or, for a parameterized type, which has none, a constant {@code constant} the client declares.
   */
  private static CodeBlock typeOf(TypeSpec.Builder type, Optional<TypeName> javaType, String constant) {
    if (javaType.isEmpty()) {
      return CodeBlock.of("null");
    }
    if (TypeLiterals.hasClassLiteral(javaType.get())) {
      return TypeLiterals.classLiteral(javaType.get());
    }
    type.addField(FieldSpec.builder(Type.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(TypeLiterals.captured(javaType.get()))
        .build());
    return CodeBlock.of("$N", constant);
  }

  private CodeBlock classJavadoc(List<JavaFlow> flows) {
    StringBuilder names = new StringBuilder("Calls the flows of a service over HTTP, typed: ");
    for (int i = 0; i < flows.size(); i++) {
      names.append(i == 0 ? "" : i == flows.size() - 1 ? " and " : ", ").append("{@code ")
          .append(flows.get(i).name()).append('}');
    }
    CodeBlock.Builder doc = CodeBlock.builder().add("$L.\n", Names.wrap(names.toString(), ""));
    return doc.add("<pre>{@code\n$T client = $T.create($S);\n}</pre>\n", client, client, "http://localhost:3400")
        .add("A client is immutable and safe to share between threads; every failure is a {@link $T}.\n", EXCEPTION)
        .build();
  }

  private void addCall(TypeSpec.Builder type, JavaFlow flow, String method, CodeBlock inputType,
      CodeBlock outputType) {
    String what = Names.wrap(flow.description().isBlank() ? "Runs the {@code " + flow.name() + "} flow."
        : Names.javadoc(flow.description()), "");
    MethodSpec.Builder call = MethodSpec.methodBuilder(method)
        .addJavadoc("$L\n", what)
        .addModifiers(Modifier.PUBLIC)
        .returns(flow.output().orElse(TypeName.VOID));
    flow.input().ifPresent(t -> call.addParameter(t, "input"));
    call.addJavadoc(tags(flow, flow.output().isPresent() ? "the flow's output" : null))
        .addJavadoc("@throws $T if the call fails\n", EXCEPTION)
        .addStatement("$Ltransport.$Lcall($S,$W$L,$W$L,$W$L)", flow.output().isPresent() ? "return " : "",
            flow.output().map(output -> CodeBlock.of("<$T>", output.box())).orElse(CodeBlock.of("")), flow.path(),
            inputType, flow.input().isPresent() ? "input" : "null", outputType);
    type.addMethod(call.build());
  }

  private void addStream(TypeSpec.Builder type, JavaFlow flow, String method, CodeBlock inputType,
      CodeBlock chunkType, CodeBlock outputType) {
    String what = Names.wrap("Runs the {@code " + flow.name() + "} flow, streaming: its chunks as they are sent, then"
        + " its output." + (flow.description().isBlank() ? "" : " " + Names.javadoc(flow.description())), "");
    MethodSpec.Builder stream = MethodSpec.methodBuilder(method)
        .addJavadoc("$L\n\n<p>Close the stream (try-with-resources) to cancel the call before it ends.\n", what)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(STREAM, chunkType(flow), flow.output().orElse(ClassName.get(Void.class))));
    flow.input().ifPresent(t -> stream.addParameter(t, "input"));
    stream.addJavadoc(tags(flow, "the chunks as they arrive, then the output"))
        .addJavadoc("@throws $T if the call fails before it streams\n", EXCEPTION)
        .addStatement("return transport.<$T, $T>stream($S,$W$L,$W$L,$W$L,$W$L)", chunkType(flow),
            flow.output().orElse(ClassName.get(Void.class)), flow.path(), inputType,
            flow.input().isPresent() ? "input" : "null", chunkType, outputType);
    type.addMethod(stream.build());
  }

  /** The {@code @param} and {@code @return} tags of a flow's method, after a blank line. */
  private static CodeBlock tags(JavaFlow flow, String returns) {
    CodeBlock.Builder tags = CodeBlock.builder().add("\n");
    if (flow.input().isPresent()) {
      tags.add("@param input the flow's input\n");
    }
    if (returns != null) {
      tags.add("@return $L\n", returns);
    }
    return tags.build();
  }
}
