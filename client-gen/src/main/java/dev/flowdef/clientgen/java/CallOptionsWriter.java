package dev.flowdef.clientgen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes {@code FlowCallOptions}: the headers and timeout of one call, immutable, built up one option at a time. */
final class CallOptionsWriter {
  private CallOptionsWriter() {}

  static JavaFile write(String packageName) {
    ClassName self = ClassName.get(packageName, Names.OPTIONS);
    ParameterizedTypeName headers = ParameterizedTypeName.get(Map.class, String.class, String.class);
    ParameterizedTypeName timeout = ParameterizedTypeName.get(Optional.class, Duration.class);
    TypeSpec type = TypeSpec.classBuilder(self)
        .addJavadoc("""
            What one call adds to the client's defaults: headers (which replace defaults of the same name) and a \
            timeout. Immutable; each method returns a copy with one more option:
            <pre>{@code
            client.menuSuggestion(input, $T.NONE.header("Authorization", "Bearer " + token));
            }</pre>
            """, self)
        .addAnnotation(Names.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(FieldSpec.builder(self, "NONE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("No options: the client's defaults.\n")
            .initializer("new $T($T.of(), null)", self, Map.class)
            .build())
        .addField(headers, "headers", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Duration.class, "timeout", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(headers, "headers")
            .addParameter(Duration.class, "timeout")
            .addStatement("this.headers = headers")
            .addStatement("this.timeout = timeout")
            .build())
        .addMethod(MethodSpec.methodBuilder("header")
            .addJavadoc("These options and the header {@code name: value}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(String.class, "name")
            .addParameter(String.class, "value")
            .addStatement("$T copy = new $T<>(headers)", headers, LinkedHashMap.class)
            .addStatement("copy.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))", Objects.class, "name",
                Objects.class, "value")
            .addStatement("return new $T($T.copyOf(copy), timeout)", self, Map.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("timeout")
            .addJavadoc("These options, and {@code timeout} for the response (its headers, when streaming).\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(Duration.class, "timeout")
            .addStatement("return new $T(headers, $T.requireNonNull(timeout, $S))", self, Objects.class, "timeout")
            .build())
        .addMethod(MethodSpec.methodBuilder("headers")
            .addJavadoc("The headers of the call.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(headers)
            .addStatement("return headers")
            .build())
        .addMethod(MethodSpec.methodBuilder("timeout")
            .addJavadoc("The timeout of the call, if it has its own.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(timeout)
            .addStatement("return $T.ofNullable(timeout)", Optional.class)
            .build())
        .build();
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}
