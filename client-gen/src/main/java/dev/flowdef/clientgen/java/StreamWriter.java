package dev.flowdef.clientgen.java;

import static dev.flowdef.clientgen.java.Names.JAVA_TYPE;
import static dev.flowdef.clientgen.java.Names.JSON_NODE;
import static dev.flowdef.clientgen.java.Names.OBJECT_MAPPER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FlowClientStream}: the chunks of a streaming call as they arrive, then its output, read from the
 * server-sent events of Genkit's protocol ({@code data: {"message": chunk}}, then {@code {"result": output}} or
 * {@code {"error": {...}}}, which Genkit's own server sends as {@code error: ...}). Closing it early closes the
 * connection, which is how the service learns to cancel the flow.
 */
final class StreamWriter {
  private static final TypeVariableName C = TypeVariableName.get("C");
  private static final TypeVariableName O = TypeVariableName.get("O");
  private static final TypeVariableName T = TypeVariableName.get("T");

  private StreamWriter() {}

  static JavaFile write(String packageName) {
    ClassName self = ClassName.get(packageName, Names.STREAM);
    ClassName exception = ClassName.get(packageName, Names.EXCEPTION);
    TypeSpec type = TypeSpec.classBuilder(self)
        .addJavadoc("""
            The chunks of a streaming flow call as they arrive, then its output: iterate over the chunks once, then \
            call {@link #output()}. Closing the stream before the output arrived cancels the call: the connection is \
            closed, and the service cancels the flow.
            <pre>{@code
            try (FlowClientStream<String, MenuOutput> stream = client.streamMenuStream(input)) {
              for (String chunk : stream) {
                System.out.print(chunk);
              }
              MenuOutput output = stream.output();
            }
            }</pre>
            A failure, sent by the service or of the connection, is thrown as a {@link $T} from the iteration and from \
            {@link #output()}.

            @param <C> the type of the chunks
            @param <O> the type of the output
            """, exception)
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addTypeVariable(C)
        .addTypeVariable(O)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterable.class), C))
        .addSuperinterface(AutoCloseable.class)
        .addField(InputStream.class, "body", Modifier.PRIVATE, Modifier.FINAL)
        .addField(BufferedReader.class, "reader", Modifier.PRIVATE, Modifier.FINAL)
        .addField(OBJECT_MAPPER, "mapper", Modifier.PRIVATE, Modifier.FINAL)
        .addField(JAVA_TYPE, "chunkType", Modifier.PRIVATE, Modifier.FINAL)
        .addField(JAVA_TYPE, "outputType", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "iterated", Modifier.PRIVATE)
        .addField(boolean.class, "hasChunk", Modifier.PRIVATE)
        .addField(C, "chunk", Modifier.PRIVATE)
        .addField(O, "output", Modifier.PRIVATE)
        .addField(exception, "failure", Modifier.PRIVATE)
        .addField(boolean.class, "finished", Modifier.PRIVATE, Modifier.VOLATILE)
        .addField(boolean.class, "cancelled", Modifier.PRIVATE, Modifier.VOLATILE)
        .addMethod(constructor())
        .addMethod(iterator())
        .addMethod(output())
        .addMethod(cancel())
        .addMethod(close())
        .addMethod(advance(exception))
        .addMethod(nextFrame())
        .addMethod(brokenOff(exception))
        .addMethod(convert(exception))
        .build();
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(InputStream.class, "body")
        .addParameter(OBJECT_MAPPER, "mapper")
        .addParameter(JAVA_TYPE, "chunkType")
        .addParameter(JAVA_TYPE, "outputType")
        .addStatement("this.body = body")
        .addStatement("this.reader = new $T(new $T(body, $T.UTF_8))", BufferedReader.class, InputStreamReader.class,
            StandardCharsets.class)
        .addStatement("this.mapper = mapper")
        .addStatement("this.chunkType = chunkType")
        .addStatement("this.outputType = outputType")
        .build();
  }

  private static MethodSpec iterator() {
    TypeSpec iterator = TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterator.class), C))
        .addMethod(MethodSpec.methodBuilder("hasNext")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return advance()")
            .build())
        .addMethod(MethodSpec.methodBuilder("next")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(C)
            .beginControlFlow("if (!advance())")
            .addStatement("throw new $T()", NoSuchElementException.class)
            .endControlFlow()
            .addStatement("$T next = chunk", C)
            .addStatement("chunk = null")
            .addStatement("hasChunk = false")
            .addStatement("return next")
            .build())
        .build();
    return MethodSpec.methodBuilder("iterator")
        .addJavadoc("The chunks, each read as it arrives; once only, since they are not kept.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Iterator.class), C))
        .beginControlFlow("if (iterated)")
        .addStatement("throw new $T($S)", IllegalStateException.class, "The chunks of a stream can be iterated once")
        .endControlFlow()
        .addStatement("iterated = true")
        .addStatement("return $L", iterator)
        .build();
  }

  private static MethodSpec output() {
    return MethodSpec.methodBuilder("output")
        .addJavadoc("""
            The flow's output, once it arrives; chunks not read yet are skipped.

            @throws FlowClientException if the flow failed, the stream broke off, or the call was cancelled
            """)
        .addModifiers(Modifier.PUBLIC)
        .returns(O)
        .beginControlFlow("while (advance())")
        .addStatement("chunk = null")
        .addStatement("hasChunk = false")
        .endControlFlow()
        .addStatement("return output")
        .build();
  }

  private static MethodSpec cancel() {
    return MethodSpec.methodBuilder("cancel")
        .addJavadoc("Cancels the call: closes the connection, so the service cancels the flow. Any thread may call it.\n")
        .addModifiers(Modifier.PUBLIC)
        .addStatement("cancelled = true")
        .beginControlFlow("try")
        .addStatement("body.close()")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addComment("closing is all that was wanted: the connection is gone either way")
        .endControlFlow()
        .build();
  }

  private static MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addJavadoc("Cancels the call, unless its output or error arrived.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .beginControlFlow("if (!finished)")
        .addStatement("cancel()")
        .endControlFlow()
        .build();
  }

  /** Reads up to the next chunk: true with a chunk, false once the output arrived; throws the failure. */
  private static MethodSpec advance(ClassName exception) {
    return MethodSpec.methodBuilder("advance")
        .addJavadoc("Reads up to the next chunk: true when there is one, false once the output arrived.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(boolean.class)
        .beginControlFlow("if (hasChunk)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!finished)")
        .addCode(CodeBlock.builder()
            .beginControlFlow("try")
            .addStatement("$T frame = nextFrame()", JSON_NODE)
            .beginControlFlow("if (frame != null && frame.has($S))", "message")
            .addStatement("chunk = convert(frame.get($S), chunkType)", "message")
            .addStatement("hasChunk = true")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (frame == null)")
            .addStatement("failure = brokenOff(null)")
            .nextControlFlow("else if (frame.has($S))", "result")
            .addStatement("output = outputType == null ? null : convert(frame.get($S), outputType)", "result")
            .nextControlFlow("else if (frame.path($S).isObject())", "error")
            .addStatement("failure = $T.fromError(frame.get($S), 0)", exception, "error")
            .nextControlFlow("else")
            .addStatement("failure = new $T($S, $S + frame, null, 0, null)", exception, "UNKNOWN",
                "The stream sent a frame of no known kind: ")
            .endControlFlow()
            .nextControlFlow("catch ($T e)", exception)
            .addStatement("failure = e")
            .endControlFlow()
            .addStatement("finished = true")
            .addStatement("cancel()")
            .build())
        .endControlFlow()
        .beginControlFlow("if (failure != null)")
        .addStatement("throw failure")
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private static MethodSpec nextFrame() {
    return MethodSpec.methodBuilder("nextFrame")
        .addJavadoc("""
            The JSON of the next frame: its {@code data:} lines (or {@code error:}, as Genkit's own server writes \
            errors) up to a blank line; {@code null} at the end of the body.
            """)
        .addModifiers(Modifier.PRIVATE)
        .returns(JSON_NODE)
        .addStatement("$T data = new $T()", StringBuilder.class, StringBuilder.class)
        .addStatement("boolean started = false")
        .beginControlFlow("try")
        .beginControlFlow("for ($T line = reader.readLine(); line != null; line = reader.readLine())", String.class)
        .beginControlFlow("if (line.isEmpty())")
        .beginControlFlow("if (started)")
        .addStatement("return mapper.readTree(data.toString())")
        .endControlFlow()
        .addStatement("continue")
        .endControlFlow()
        .addStatement("int colon = line.indexOf(':')")
        .addStatement("$T field = colon < 0 ? line : line.substring(0, colon)", String.class)
        .beginControlFlow("if (field.equals($S) || field.equals($S))", "data", "error")
        .addStatement("$T value = line.substring(colon + 1)", String.class)
        .addStatement("data.append(started ? $S : $S).append(value.startsWith($S) ? value.substring(1) : value)", "\n",
            "", " ")
        .addStatement("started = true")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return started ? mapper.readTree(data.toString()) : null")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw brokenOff(e)")
        .endControlFlow()
        .build();
  }

  private static MethodSpec brokenOff(ClassName exception) {
    return MethodSpec.methodBuilder("brokenOff")
        .addModifiers(Modifier.PRIVATE)
        .returns(exception)
        .addParameter(IOException.class, "cause")
        .beginControlFlow("if (cancelled)")
        .addStatement("return new $T($S, $S, null, 0, cause)", exception, "CANCELLED", "The call was cancelled")
        .endControlFlow()
        .addStatement("return new $T($S, $S, null, 0, cause)", exception, "UNAVAILABLE",
            "The stream ended before the flow's output")
        .build();
  }

  private static MethodSpec convert(ClassName exception) {
    return MethodSpec.methodBuilder("convert")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(T)
        .returns(T)
        .addParameter(JSON_NODE, "value")
        .addParameter(JAVA_TYPE, "type")
        .beginControlFlow("try")
        .addStatement("return mapper.readerFor(type).readValue(value)")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T($S, $S + type + $S + e.getMessage(), null, 0, e)", exception, "UNKNOWN",
            "The service sent a value that is not a ", ": ")
        .endControlFlow()
        .build();
  }
}
