package dev.flowdef.processor.support;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.flowdef.processor.FlowProcessor;
import dev.flowdef.runtime.FlowRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles flow sources with the processor, as a user's build would, and loads the result (classes and
 * {@code META-INF/services}) into a class loader, so tests can run the flows through a real registry.
 */
public final class CompiledFlows implements AutoCloseable {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final URLClassLoader loader;

  private CompiledFlows(URLClassLoader loader) {
    this.loader = loader;
  }

  /** Compiles {@code test/<name>.java} resources under {@code flows/} with {@code -Xlint:all -Werror}. */
  public static CompiledFlows compile(Path outputDirectory, String... sourceResources) {
    return compile(outputDirectory, List.of("-Xlint:all", "-Werror"), sourceResources);
  }

  /** Compiles resources under {@code flows/} with these javac options. */
  public static CompiledFlows compile(Path outputDirectory, List<String> options, String... sourceResources) {
    return compile(outputDirectory, options,
        Arrays.stream(sourceResources).map(name -> JavaFileObjects.forResource("flows/" + name)).toList());
  }

  /** Compiles these sources with these javac options. */
  public static CompiledFlows compile(Path outputDirectory, List<String> options, List<JavaFileObject> sources) {
    Compilation compilation =
        javac().withProcessors(new FlowProcessor()).withOptions(options).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf(CLASS_OUTPUT);
      if (at < 0) {
        continue; // generated sources: their classes are in the output already
      }
      Path target = outputDirectory.resolve(uri.substring(at + CLASS_OUTPUT.length()));
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      URL[] urls = {outputDirectory.toUri().toURL()};
      return new CompiledFlows(new URLClassLoader(urls, CompiledFlows.class.getClassLoader()));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A registry of every binding the compilation listed in {@code META-INF/services}. */
  public FlowRegistry discover() {
    return FlowRegistry.builder().discover(loader).build();
  }

  /** The class loader of the compiled classes and resources. */
  public ClassLoader classLoader() {
    return loader;
  }

  public Class<?> load(String binaryName) {
    try {
      return loader.loadClass(binaryName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the compilation did not produce " + binaryName, e);
    }
  }

  /** A new instance of a compiled class, through its only constructor (records have one canonical constructor). */
  public Object create(String binaryName, Object... arguments) {
    try {
      Constructor<?> constructor = load(binaryName).getDeclaredConstructors()[0];
      constructor.setAccessible(true);
      return constructor.newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot create " + binaryName, e);
    }
  }

  /** Reads a static field of a compiled class, for state a flow leaves where a test can see it. */
  public Object staticField(String binaryName, String field) {
    try {
      var declared = load(binaryName).getDeclaredField(field);
      declared.setAccessible(true);
      return declared.get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
