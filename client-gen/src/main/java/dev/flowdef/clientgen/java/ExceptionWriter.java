package dev.flowdef.clientgen.java;

import static dev.flowdef.clientgen.java.Names.JSON_NODE;
import static dev.flowdef.clientgen.java.Names.MISSING_NODE;
import static dev.flowdef.clientgen.java.Names.OBJECT_MAPPER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FlowClientException}, the one exception a generated client throws: Genkit's status, the message and
 * details from an HTTP error body (Flowdef's {@code {"error": {...}}} or Genkit's bare {@code {"status", ...}}) or
 * from a stream's error frame, and the statuses of calls that got no answer.
 */
final class ExceptionWriter {
  private ExceptionWriter() {}

  static JavaFile write(String packageName) {
    ClassName self = ClassName.get(packageName, Names.EXCEPTION);
    TypeSpec type = TypeSpec.classBuilder(self)
        .addJavadoc("""
            A flow call that failed: the Genkit status (such as {@code INVALID_ARGUMENT} or {@code INTERNAL}), the \
            message and the details the service sent, whether in an HTTP error or in a stream's error frame; or a \
            call that got no answer: {@code UNAVAILABLE} when the service could not be reached or the stream broke \
            off, {@code DEADLINE_EXCEEDED} when it did not answer in time, {@code CANCELLED} when the call was \
            cancelled.
            """)
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeException.class)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build())
        .addField(String.class, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "serverMessage", Modifier.PRIVATE, Modifier.FINAL)
        .addField(JSON_NODE, "details", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
        .addField(int.class, "httpStatus", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor())
        .addMethod(getter("status", TypeName.get(String.class),
            "The Genkit status, such as {@code NOT_FOUND} or {@code INTERNAL}.\n"))
        .addMethod(getter("serverMessage", TypeName.get(String.class),
            "The message as the service sent it, without the status.\n"))
        .addMethod(MethodSpec.methodBuilder("details")
            .addJavadoc("The details the service sent, for example {@code errors} for invalid input; a missing node"
                + " if none.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(JSON_NODE)
            .addStatement("return details == null ? $T.getInstance() : details", MISSING_NODE)
            .build())
        .addMethod(getter("httpStatus", TypeName.INT,
            "The HTTP status of the response, or 0 when there was none or the error came in a stream.\n"))
        .addMethod(fromError(self))
        .addMethod(fromResponse(self))
        .addMethod(statusOf())
        .build();
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc("""
            @param status the Genkit status
            @param message the message, without the status
            @param details the details, or {@code null}
            @param httpStatus the HTTP status, or 0
            @param cause what caused it on this side, or {@code null}
            """)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "status")
        .addParameter(String.class, "message")
        .addParameter(JSON_NODE, "details")
        .addParameter(int.class, "httpStatus")
        .addParameter(Throwable.class, "cause")
        .addStatement("super(status + $S + message, cause)", ": ")
        .addStatement("this.status = status")
        .addStatement("this.serverMessage = message")
        .addStatement("this.details = details")
        .addStatement("this.httpStatus = httpStatus")
        .build();
  }

  private static MethodSpec getter(String name, TypeName type, String javadoc) {
    return MethodSpec.methodBuilder(name).addJavadoc(javadoc).addModifiers(Modifier.PUBLIC).returns(type)
        .addStatement("return $N", name).build();
  }

  /** From the object {@code {"status", "message", "details"?}}, wherever it came from. */
  private static MethodSpec fromError(ClassName self) {
    return MethodSpec.methodBuilder("fromError")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(JSON_NODE, "error")
        .addParameter(int.class, "httpStatus")
        .addStatement("$T status = error.path($S).asText($S)", String.class, "status", "UNKNOWN")
        .addStatement("$T message = error.path($S).asText($S)", String.class, "message", "")
        .addStatement("$T details = error.get($S)", JSON_NODE, "details")
        .addStatement("return new $T(status.isEmpty() ? $S : status, message, details, httpStatus, null)", self,
            "UNKNOWN")
        .build();
  }

  /**
   * From a response that is not 200: the error object when the body holds one (wrapped or bare), else the status
   * that Genkit's table gives the HTTP code, with the body as the message.
   */
  private static MethodSpec fromResponse(ClassName self) {
    CodeBlock body = CodeBlock.builder()
        .beginControlFlow("try")
        .addStatement("$T json = mapper.readTree(body)", JSON_NODE)
        .beginControlFlow("if (json != null && json.path($S).isObject())", "error")
        .addStatement("return fromError(json.get($S), httpStatus)", "error")
        .endControlFlow()
        .beginControlFlow("if (json != null && json.path($S).isTextual() && json.has($S))", "status", "message")
        .addStatement("return fromError(json, httpStatus)")
        .endControlFlow()
        .nextControlFlow("catch ($T e)", IOException.class)
        .add("// not JSON: an HTML error page from a proxy, say; its text is the message\n")
        .endControlFlow()
        .addStatement("$T text = new $T(body, $T.UTF_8).strip()", String.class, String.class, StandardCharsets.class)
        .addStatement("return new $T(statusOf(httpStatus), text.isEmpty() ? $S + httpStatus : text, null, httpStatus,"
            + " null)", self, "HTTP ")
        .build();
    return MethodSpec.methodBuilder("fromResponse")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, "httpStatus")
        .addParameter(byte[].class, "body")
        .addParameter(OBJECT_MAPPER, "mapper")
        .addCode(body)
        .build();
  }

  /** Genkit's table of statuses and HTTP codes, read backwards. */
  private static MethodSpec statusOf() {
    return MethodSpec.methodBuilder("statusOf")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(int.class, "httpStatus")
        .addCode(CodeBlock.builder()
            .add("return switch (httpStatus) {\n$>")
            .add("case 400 -> $S;\n", "INVALID_ARGUMENT")
            .add("case 401 -> $S;\n", "UNAUTHENTICATED")
            .add("case 403 -> $S;\n", "PERMISSION_DENIED")
            .add("case 404 -> $S;\n", "NOT_FOUND")
            .add("case 409 -> $S;\n", "ABORTED")
            .add("case 429 -> $S;\n", "RESOURCE_EXHAUSTED")
            .add("case 499 -> $S;\n", "CANCELLED")
            .add("case 501 -> $S;\n", "UNIMPLEMENTED")
            .add("case 503 -> $S;\n", "UNAVAILABLE")
            .add("case 504 -> $S;\n", "DEADLINE_EXCEEDED")
            .add("default -> httpStatus >= 500 ? $S : $S;\n", "INTERNAL", "UNKNOWN")
            .add("$<};\n")
            .build())
        .build();
  }
}
