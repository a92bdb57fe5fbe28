package dev.flowdef.bench.javac;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * The floor under Flowdef's processor: a processor that does no work but write, in the first round and through the
 * {@code Filer}, the files Flowdef's processor wrote for the same module (taken from {@code -Areplay.dir}: its
 * {@code .java} files as sources, everything else as resources at the same paths). javac then takes the same rounds
 * and compiles the same generated code, so {@code javac} with this processor costs what the processor's output costs,
 * whatever the processor's own work.
 */
@SupportedAnnotationTypes("dev.flowdef.FlowDef")
@SupportedOptions(ReplayProcessor.DIRECTORY)
public final class ReplayProcessor extends AbstractProcessor {
  static final String DIRECTORY = "replay.dir";

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || annotations.isEmpty()) {
      return false;
    }
    written = true;
    String directory = processingEnv.getOptions().get(DIRECTORY);
    if (directory == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "ReplayProcessor needs -A" + DIRECTORY + "=<the folder of the files to write>");
      return false;
    }
    Path root = Path.of(directory);
    try {
      for (Path file : files(root)) {
        write(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "ReplayProcessor could not write " + root
          + "'s files: " + e);
    }
    return false;
  }

  private void write(String path, String text) throws IOException {
    Writer writer;
    if (path.endsWith(".java")) {
      writer = processingEnv.getFiler().createSourceFile(path.substring(0, path.length() - 5).replace('/', '.'))
          .openWriter();
    } else {
      writer = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path).openWriter();
    }
    try (writer) {
      writer.write(text);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
