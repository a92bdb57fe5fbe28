package dev.flowdef.clientgen.java;

import static dev.flowdef.clientgen.java.Names.EXCEPTION;
import static dev.flowdef.clientgen.java.Names.OBJECT_MAPPER;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a client class: a typed method per flow (and, for a streaming flow, a {@code stream...} method returning
 * its chunks and output), each with a variant taking {@code FlowCallOptions}, and a builder for the base URL,
 * default headers, timeout, HTTP client and Jackson mapper.
 */
final class ClientWriter {
  private static final Set<String> TAKEN = Set.of("create", "builder", "equals", "hashCode", "toString", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize");

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
            .returns(client.nestedClass("Builder"))
            .addParameter(String.class, "baseUrl")
            .addStatement("return new Builder($T.create(baseUrl))", URI.class)
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
    type.addType(builder());
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
    TypeName output = flow.output().orElse(TypeName.VOID);
    String what = Names.wrap(flow.description().isBlank() ? "Runs the {@code " + flow.name() + "} flow."
        : Names.javadoc(flow.description()), "");
    MethodSpec.Builder simple = MethodSpec.methodBuilder(method)
        .addJavadoc("$L\n", what)
        .addModifiers(Modifier.PUBLIC)
        .returns(output);
    MethodSpec.Builder withOptions = MethodSpec.methodBuilder(method)
        .addJavadoc("$L\n\n<p>With options of this call: headers, timeout.\n", what)
        .addModifiers(Modifier.PUBLIC)
        .returns(output);
    flow.input().ifPresent(t -> {
      simple.addParameter(t, "input");
      withOptions.addParameter(t, "input");
    });
    withOptions.addParameter(OPTIONS, "options");
    String returns = flow.output().isPresent() ? "return " : "";
    simple.addJavadoc(tags(flow, false, flow.output().isPresent() ? "the flow's output" : null));
    withOptions.addJavadoc(tags(flow, true, flow.output().isPresent() ? "the flow's output" : null));
    simple.addJavadoc("@throws $T if the call fails\n", EXCEPTION);
    withOptions.addJavadoc("@throws $T if the call fails\n", EXCEPTION);
    simple.addStatement("$L$N($L$T.NONE)", returns, method, flow.input().isPresent() ? "input, " : "", OPTIONS);
    withOptions.addStatement("$Ltransport.call($S,$W$L,$W$L,$W$L,$Woptions)", returns, flow.path(), inputType,
        flow.input().isPresent() ? "input" : "null", outputType);
    type.addMethod(simple.build()).addMethod(withOptions.build());
  }

  private void addStream(TypeSpec.Builder type, JavaFlow flow, String method, CodeBlock inputType,
      CodeBlock chunkType, CodeBlock outputType) {
    TypeName result =
        ParameterizedTypeName.get(STREAM, chunkType(flow), flow.output().orElse(ClassName.get(Void.class)));
    String what = Names.wrap("Runs the {@code " + flow.name() + "} flow, streaming: its chunks as they are sent, then"
        + " its output." + (flow.description().isBlank() ? "" : " " + Names.javadoc(flow.description())), "");
    String doc = "\n<p>Close the stream (try-with-resources) to cancel the call before it ends.\n";
    MethodSpec.Builder simple = MethodSpec.methodBuilder(method)
        .addJavadoc("$L\n$L", what, doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(result);
    MethodSpec.Builder withOptions = MethodSpec.methodBuilder(method)
        .addJavadoc("$L\n$L\n<p>With options of this call: headers, and a timeout for the response to start.\n",
            what, doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(result);
    flow.input().ifPresent(t -> {
      simple.addParameter(t, "input");
      withOptions.addParameter(t, "input");
    });
    withOptions.addParameter(OPTIONS, "options");
    simple.addJavadoc(tags(flow, false, "the chunks as they arrive, then the output"));
    withOptions.addJavadoc(tags(flow, true, "the chunks as they arrive, then the output"));
    simple.addJavadoc("@throws $T if the call fails before it streams\n", EXCEPTION);
    withOptions.addJavadoc("@throws $T if the call fails before it streams\n", EXCEPTION);
    simple.addStatement("return $N($L$T.NONE)", method, flow.input().isPresent() ? "input, " : "", OPTIONS);
    withOptions.addStatement("return transport.stream($S,$W$L,$W$L,$W$L,$W$L,$Woptions)", flow.path(), inputType,
        flow.input().isPresent() ? "input" : "null", chunkType, outputType);
    type.addMethod(simple.build()).addMethod(withOptions.build());
  }

  /** The {@code @param} and {@code @return} tags of a flow's method, after a blank line. */
  private static CodeBlock tags(JavaFlow flow, boolean withOptions, String returns) {
    CodeBlock.Builder tags = CodeBlock.builder().add("\n");
    if (flow.input().isPresent()) {
      tags.add("@param input the flow's input\n");
    }
    if (withOptions) {
      tags.add("@param options the call's own headers and timeout\n");
    }
    if (returns != null) {
      tags.add("@return $L\n", returns);
    }
    return tags.build();
  }

  private TypeSpec builder() {
    ClassName builder = client.nestedClass("Builder");
    TypeName headers = ParameterizedTypeName.get(Map.class, String.class, String.class);
    return TypeSpec.classBuilder(builder)
        .addJavadoc("Options of a {@link $T}: default headers, timeout, HTTP client and Jackson mapper.\n", client)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addField(URI.class, "baseUri", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(headers, "headers", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class).build())
        .addField(Duration.class, "timeout", Modifier.PRIVATE)
        .addField(HttpClient.class, "httpClient", Modifier.PRIVATE)
        .addField(OBJECT_MAPPER, "objectMapper", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(URI.class, "baseUri")
            .addStatement("this.baseUri = baseUri")
            .build())
        .addMethod(setter(builder, "header", "A header sent with every call, such as {@code Authorization}.\n",
            CodeBlock.of("headers.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))", Objects.class,
                "name", Objects.class, "value"), String.class, "name", String.class, "value"))
        .addMethod(setter(builder, "timeout",
            "How long a call waits for its response (when streaming, for the stream to start); no limit by default.\n",
            CodeBlock.of("this.timeout = $T.requireNonNull(timeout, $S)", Objects.class, "timeout"),
            Duration.class, "timeout"))
        .addMethod(setter(builder, "httpClient",
            "The HTTP client to send calls with; by default one speaking HTTP/1.1 with a 10 s connect timeout.\n",
            CodeBlock.of("this.httpClient = $T.requireNonNull(httpClient, $S)", Objects.class, "httpClient"),
            HttpClient.class, "httpClient"))
        .addMethod(setter(builder, "objectMapper",
            "The Jackson mapper for inputs, outputs and chunks; by default one with the modules on the class path.\n",
            CodeBlock.of("this.objectMapper = $T.requireNonNull(objectMapper, $S)", Objects.class, "objectMapper"),
            OBJECT_MAPPER, "objectMapper"))
        .addMethod(MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addStatement("return new $T(new $T(\n$>$>httpClient == null ? $T.defaultHttpClient() : httpClient,\n"
                    + "baseUri,\nheaders,\ntimeout,\nobjectMapper == null ? $T.defaultMapper() : objectMapper))$<$<",
                client, TRANSPORT, TRANSPORT, TRANSPORT)
            .build())
        .build();
  }

  private static MethodSpec setter(ClassName builder, String name, String javadoc, CodeBlock statement,
      Object... parameters) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addJavadoc(javadoc).addModifiers(Modifier.PUBLIC)
        .returns(builder);
    for (int i = 0; i < parameters.length; i += 2) {
      Object type = parameters[i];
      method.addParameter(type instanceof TypeName t ? t : TypeName.get((Class<?>) type), (String) parameters[i + 1]);
    }
    return method.addStatement(statement).addStatement("return this").build();
  }
}
