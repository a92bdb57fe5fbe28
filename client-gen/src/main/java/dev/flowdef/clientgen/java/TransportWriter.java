package dev.flowdef.clientgen.java;

import static dev.flowdef.clientgen.java.Names.JAVA_TYPE;
import static dev.flowdef.clientgen.java.Names.JSON_GENERATOR;
import static dev.flowdef.clientgen.java.Names.JSON_NODE;
import static dev.flowdef.clientgen.java.Names.OBJECT_MAPPER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FlowClientTransport}, the package-private half of every generated client that speaks Genkit's
 * protocol over {@code java.net.http}: {@code POST <base>/<flow>} with {@code {"data": input}}, then
 * {@code {"result": output}}, or server-sent events when streaming.
 */
final class TransportWriter {
  private static final TypeVariableName C = TypeVariableName.get("C");
  private static final TypeVariableName O = TypeVariableName.get("O");
  private static final TypeName RESPONSE = ParameterizedTypeName.get(HttpResponse.class, InputStream.class);
  private static final TypeName HEADERS = ParameterizedTypeName.get(Map.class, String.class, String.class);

  private TransportWriter() {}

  static JavaFile write(String packageName) {
    ClassName self = ClassName.get(packageName, Names.TRANSPORT);
    ClassName exception = ClassName.get(packageName, Names.EXCEPTION);
    ClassName options = ClassName.get(packageName, Names.OPTIONS);
    ClassName stream = ClassName.get(packageName, Names.STREAM);
    TypeSpec type = TypeSpec.classBuilder(self)
        .addJavadoc("""
            Calls flows over HTTP with Genkit's protocol, for the generated clients of this package: {@code POST} of \
            {@code {"data": input}} to the flow's path under the base URL, answered by {@code {"result": output}}, or \
            by server-sent events when the call asks for {@code text/event-stream}.

            <p>The clients give each flow's types as a {@link Type}: a class literal, or the {@code Type} a \
            {@code TypeReference} captured for a parameterized one; the output and chunks are read as that type, \
            which the methods take their type variables to be.
            """)
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.FINAL)
        .addField(HttpClient.class, "http", Modifier.PRIVATE, Modifier.FINAL)
        .addField(URI.class, "baseUri", Modifier.PRIVATE, Modifier.FINAL)
        .addField(HEADERS, "headers", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Duration.class, "timeout", Modifier.PRIVATE, Modifier.FINAL)
        .addField(OBJECT_MAPPER, "mapper", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("@param timeout the default timeout of a call, or {@code null} for none\n")
            .addParameter(HttpClient.class, "http")
            .addParameter(URI.class, "baseUri")
            .addParameter(HEADERS, "headers")
            .addParameter(Duration.class, "timeout")
            .addParameter(OBJECT_MAPPER, "mapper")
            .addStatement("this.http = http")
            .addComment("a flow's path resolves under the base URL only if that ends with a slash")
            .addStatement("this.baseUri = baseUri.toString().endsWith($S) ? baseUri : $T.create(baseUri + $S)", "/",
                URI.class, "/")
            .addStatement("this.headers = $T.copyOf(headers)", Map.class)
            .addStatement("this.timeout = timeout")
            .addStatement("this.mapper = mapper")
            .build())
        .addMethod(MethodSpec.methodBuilder("defaultHttpClient")
            .addJavadoc("HTTP/1.1, as Genkit's servers speak it, so no upgrade is attempted.\n")
            .addModifiers(Modifier.STATIC)
            .returns(HttpClient.class)
            .addStatement("return $T.newBuilder().version($T.Version.HTTP_1_1).connectTimeout($T.ofSeconds(10)).build()",
                HttpClient.class, HttpClient.class, Duration.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("defaultMapper")
            .addJavadoc("""
                Jackson with the modules on the class path (for {@code java.time} and {@code Optional}), dates as \
                ISO-8601 text, and properties the client does not know ignored, so a service can add them.
                """)
            .addModifiers(Modifier.STATIC)
            .returns(OBJECT_MAPPER)
            .addStatement("return $T.builder()\n$>$>.findAndAddModules()\n"
                    + ".disable($T.FAIL_ON_UNKNOWN_PROPERTIES)\n"
                    + ".disable($T.WRITE_DATES_AS_TIMESTAMPS, $T.WRITE_DURATIONS_AS_TIMESTAMPS)\n.build()$<$<",
                Names.JSON_MAPPER, Names.DESERIALIZATION_FEATURE, Names.SERIALIZATION_FEATURE,
                Names.SERIALIZATION_FEATURE)
            .build())
        .addMethod(call(exception, options))
        .addMethod(stream(exception, options, stream))
        .addMethod(request(options))
        .addMethod(envelope(exception))
        .addMethod(send(exception))
        .addMethod(readBody(exception))
        .build();
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  private static MethodSpec call(ClassName exception, ClassName options) {
    return MethodSpec.methodBuilder("call")
        .addJavadoc("""
            Runs the flow at {@code path} and returns its output.

            @param inputType the input's declared type, or {@code null} if the flow takes none
            @param outputType the output's type, {@code O}, or {@code null} if the flow returns none
            """)
        .addTypeVariable(O)
        .returns(O)
        .addParameter(String.class, "path")
        .addParameter(Type.class, "inputType")
        .addParameter(Object.class, "input")
        .addParameter(Type.class, "outputType")
        .addParameter(options, "options")
        .addStatement("$T response = send(request(path, inputType, input, false, options))", RESPONSE)
        .addStatement("byte[] body = readBody(response)")
        .beginControlFlow("if (response.statusCode() != 200)")
        .addStatement("throw $T.fromResponse(response.statusCode(), body, mapper)", exception)
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("$T envelope = mapper.readTree(body)", JSON_NODE)
        .beginControlFlow("if (envelope.path($S).isObject())", "error")
        .addStatement("throw $T.fromError(envelope.get($S), 200)", exception, "error")
        .endControlFlow()
        .addStatement("$T result = envelope.get($S)", JSON_NODE, "result")
        .beginControlFlow("if (outputType == null || result == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return mapper.readerFor(mapper.constructType(outputType)).readValue(result)")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T($S, $S + e.getMessage(), null, 200, e)", exception, "UNKNOWN",
            "The service answered with something other than the flow's output: ")
        .endControlFlow()
        .build();
  }

  private static MethodSpec stream(ClassName exception, ClassName options, ClassName stream) {
    return MethodSpec.methodBuilder("stream")
        .addJavadoc("""
            Runs the flow at {@code path}, streaming: returns once the response's headers arrive.

            @param inputType the input's declared type, or {@code null} if the flow takes none
            @param chunkType the chunks' type, {@code C}
            @param outputType the output's type, {@code O}, or {@code null} if the flow returns none
            """)
        .addTypeVariable(C)
        .addTypeVariable(O)
        .returns(ParameterizedTypeName.get(stream, C, O))
        .addParameter(String.class, "path")
        .addParameter(Type.class, "inputType")
        .addParameter(Object.class, "input")
        .addParameter(Type.class, "chunkType")
        .addParameter(Type.class, "outputType")
        .addParameter(options, "options")
        .addStatement("$T response = send(request(path, inputType, input, true, options))", RESPONSE)
        .beginControlFlow("if (response.statusCode() != 200)")
        .addStatement("throw $T.fromResponse(response.statusCode(), readBody(response), mapper)", exception)
        .endControlFlow()
        .addStatement("$T output = outputType == null ? null : mapper.constructType(outputType)", JAVA_TYPE)
        .addStatement("return new $T<>(response.body(), mapper, mapper.constructType(chunkType), output)", stream)
        .build();
  }

  private static MethodSpec request(ClassName options) {
    return MethodSpec.methodBuilder("request")
        .addModifiers(Modifier.PRIVATE)
        .returns(HttpRequest.class)
        .addParameter(String.class, "path")
        .addParameter(Type.class, "inputType")
        .addParameter(Object.class, "input")
        .addParameter(boolean.class, "streaming")
        .addParameter(options, "options")
        .addStatement("$T request = $T.newBuilder(baseUri.resolve(path))\n$>$>"
                + ".header($S, $S)\n.POST($T.BodyPublishers.ofByteArray(envelope(inputType, input)))$<$<",
            HttpRequest.Builder.class, HttpRequest.class, "Content-Type", "application/json", HttpRequest.class)
        .beginControlFlow("if (streaming)")
        .addStatement("request.header($S, $S)", "Accept", "text/event-stream")
        .endControlFlow()
        .addStatement("$T timeout = options.timeout().orElse(this.timeout)", Duration.class)
        .beginControlFlow("if (timeout != null)")
        .addStatement("request.timeout(timeout)")
        .endControlFlow()
        .addStatement("$T all = new $T<>(headers)", HEADERS, LinkedHashMap.class)
        .addStatement("all.putAll(options.headers())")
        .addStatement("all.forEach(request::setHeader)")
        .addStatement("return request.build()")
        .build();
  }

  private static MethodSpec envelope(ClassName exception) {
    return MethodSpec.methodBuilder("envelope")
        .addJavadoc("{@code {\"data\": input}}, the input written as its declared type; {@code {}} for no input.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(byte[].class)
        .addParameter(Type.class, "inputType")
        .addParameter(Object.class, "input")
        .addStatement("$T bytes = new $T()", ByteArrayOutputStream.class, ByteArrayOutputStream.class)
        .beginControlFlow("try ($T json = mapper.createGenerator(bytes))", JSON_GENERATOR)
        .addStatement("json.writeStartObject()")
        .beginControlFlow("if (inputType != null)")
        .addStatement("json.writeFieldName($S)", "data")
        .addStatement("mapper.writerFor(mapper.constructType(inputType)).writeValue(json, input)")
        .endControlFlow()
        .addStatement("json.writeEndObject()")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T($S, $S + e.getMessage(), null, 0, e)", exception, "INVALID_ARGUMENT",
            "The input could not be written as JSON: ")
        .endControlFlow()
        .addStatement("return bytes.toByteArray()")
        .build();
  }

  private static MethodSpec send(ClassName exception) {
    return MethodSpec.methodBuilder("send")
        .addModifiers(Modifier.PRIVATE)
        .returns(RESPONSE)
        .addParameter(HttpRequest.class, "request")
        .beginControlFlow("try")
        .addStatement("return http.send(request, $T.BodyHandlers.ofInputStream())", HttpResponse.class)
        .nextControlFlow("catch ($T e)", HttpTimeoutException.class)
        .addStatement("throw new $T($S, $S + request.uri() + $S, null, 0, e)", exception, "DEADLINE_EXCEEDED",
            "No answer from ", " in time")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T($S, $S + request.uri() + $S + e, null, 0, e)", exception, "UNAVAILABLE",
            "Could not call ", ": ")
        .nextControlFlow("catch ($T e)", InterruptedException.class)
        .addStatement("$T.currentThread().interrupt()", Thread.class)
        .addStatement("throw new $T($S, $S + request.uri(), null, 0, e)", exception, "CANCELLED",
            "Interrupted while calling ")
        .endControlFlow()
        .build();
  }

  private static MethodSpec readBody(ClassName exception) {
    return MethodSpec.methodBuilder("readBody")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(byte[].class)
        .addParameter(RESPONSE, "response")
        .beginControlFlow("try ($T in = response.body())", InputStream.class)
        .addStatement("return in.readAllBytes()")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T($S, $S + e, null, response.statusCode(), e)", exception, "UNAVAILABLE",
            "The response broke off: ")
        .endControlFlow()
        .build();
  }
}
