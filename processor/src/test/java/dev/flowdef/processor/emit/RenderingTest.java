package dev.flowdef.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Sources rendered beside javac's thread are written through its Filer and compiled, and failures are reported. */
class RenderingTest {
  private static final JavaFileObject APP = JavaFileObjects.forSourceLines("app.App", "package app;", "class App {}");

  @Test
  void dropsTheSpacesAtTheEndOfEveryLineAndNothingElse() {
    assertThat(Rendering.withoutTrailingSpaces("a = \n    b(\" \");\t\n\n  c  "))
        .isEqualTo("a =\n    b(\" \");\n\n  c");
    assertThat(Rendering.withoutTrailingSpaces("")).isEmpty();
  }

  @Test
  void writesQueuedSourcesThroughTheFilerAndCompilesThem() {
    Compilation compilation = javac()
        .withProcessors(new QueueingProcessor((rendering, origin) -> {
          for (String name : List.of("First", "Second", "Third")) {
            rendering.queue(() -> JavaFile.builder("gen", TypeSpec.classBuilder(name).build()).build(), origin);
          }
        }))
        .compile(APP);

    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("First", "Second", "Third")) {
      assertThat(compilation).generatedSourceFile("gen." + name).contentsAsUtf8String()
          .contains("class " + name + " {");
      assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "gen/" + name + ".class")).isPresent();
    }
  }

  @Test
  void aSourceThatFailsToBuildIsReportedOnItsElementAndTheOthersAreWritten() {
    Compilation compilation = javac()
        .withProcessors(new QueueingProcessor((rendering, origin) -> {
          rendering.queue(() -> {
            throw new IllegalStateException("no spec today");
          }, origin);
          rendering.queue(() -> JavaFile.builder("gen",
              TypeSpec.classBuilder("Fine").addModifiers(Modifier.PUBLIC).build()).build(), origin);
        }))
        .compile(APP, JavaFileObjects.forSourceLines("app.User", "package app;", "class User { gen.Fine fine; }"));

    // One error: the failed source's. gen.Fine was written, or app.User would not compile.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("IllegalStateException: no spec today").inFile(APP).onLine(2);
  }

  @Test
  void resultUnwrapsTheWorksOwnException() throws IOException {
    Rendering rendering = new Rendering();
    Future<String> failing = rendering.submit(() -> {
      throw new IOException("disk full");
    });
    Future<String> fine = rendering.submit(() -> "text");

    IOException thrown = assertThrows(IOException.class, () -> Rendering.result(failing));
    assertThat(thrown).hasMessageThat().isEqualTo("disk full");
    assertThat(Rendering.result(fine)).isEqualTo("text");
  }

  /** Queues sources through {@link Rendering} in the first round, on the first root element, and writes them. */
  private static final class QueueingProcessor extends AbstractProcessor {
    interface Queueing {
      void queue(Rendering rendering, Element origin);
    }

    private final Queueing queueing;
    private final Rendering rendering = new Rendering();
    private boolean done;

    QueueingProcessor(Queueing queueing) {
      this.queueing = queueing;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        queueing.queue(rendering, round.getRootElements().iterator().next());
        rendering.writeSources(processingEnv.getFiler(),
            (element, message) -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element));
      }
      return false;
    }
  }
}
