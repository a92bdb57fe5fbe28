package dev.flowdef.clientgen.support;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated Java as a user's build would: release 17, {@code -Xlint:all -Werror}, Jackson and flowdef-client on the class path. */
public final class Javac {
  private Javac() {}

  /**
   * Writes {@code files} under {@code directory/src}, compiles them into {@code directory/classes}, and returns that.
   *
   * @throws AssertionError with javac's diagnostics if they do not compile cleanly
   */
  public static Path compile(Path directory, List<JavaFile> files) {
    try {
      Path sources = directory.resolve("src");
      Path classes = Files.createDirectories(directory.resolve("classes"));
      List<Path> written = new ArrayList<>();
      for (JavaFile file : files) {
        written.add(file.writeToPath(sources));
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter diagnostics = new StringWriter();
      try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, null)) {
        Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(written);
        List<String> options = List.of("--release", "17", "-Xlint:all", "-Xlint:-processing", "-Werror",
            "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
        boolean ok = javac.getTask(diagnostics, manager, null, options, null, units).call();
        if (!ok || !diagnostics.toString().isBlank()) {
          throw new AssertionError("The generated Java does not compile cleanly:\n" + diagnostics);
        }
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
