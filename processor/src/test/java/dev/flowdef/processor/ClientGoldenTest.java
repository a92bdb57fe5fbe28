package dev.flowdef.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling flows also yields their clients: the TypeScript module as a resource, or in the folder
 * {@code -Aflowdef.typescript.dir} names, and, with the client library on the compile path, the Java client typed with
 * the flows' own records (no new ones).
 */
class ClientGoldenTest {

  @Test
  void writesTheJavaClientWithTheFlowsOwnTypes() throws IOException {
    Compilation compilation = compile();

    assertThat(compilation).generatedSourceFile("menu.MenuFlowsClient").contentsAsUtf8String()
        .isEqualTo(golden("golden/menu/MenuFlowsClient.java"));
    // The records are the flows' own, and the support types come from the client library: neither is generated.
    assertThat(compilation.generatedSourceFiles().stream().map(file -> file.getName()).toList())
        .containsExactly("/SOURCE_OUTPUT/menu/MenuFlows_Flows.java", "/SOURCE_OUTPUT/menu/MenuFlowsClient.java");
  }

  @Test
  void writesTheTypeScriptModuleAsAResource() throws IOException {
    Compilation compilation = compile();

    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/flowdef/typescript/menu-flows-client.ts")
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/menu/menu-flows-client.ts"));
  }

  @Test
  void writesTheTypeScriptModuleToTheFolderTheOptionNames(@TempDir Path folder) throws IOException {
    Compilation compilation = compile("-Aflowdef.typescript.dir=" + folder);

    assertThat(Files.readString(folder.resolve("menu-flows-client.ts")))
        .isEqualTo(golden("golden/menu/menu-flows-client.ts"));
    assertThat(compilation.generatedFiles().stream().map(file -> file.getName()).toList())
        .doesNotContain("/CLASS_OUTPUT/META-INF/flowdef/typescript/menu-flows-client.ts");
  }

  @Test
  void leavesTheJavaClientOutWithoutTheClientLibraryOnTheCompilePath() throws Exception {
    Path clientLibrary = Path.of(Class.forName("dev.flowdef.client.FlowClientTransport")
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    java.util.List<java.io.File> classPath = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!Path.of(entry).equals(clientLibrary)) {
        classPath.add(new java.io.File(entry));
      }
    }

    Compilation compilation = javac().withProcessors(new FlowProcessor()).withOptions("-Xlint:all", "-Werror")
        .withClasspath(classPath)
        .compile(JavaFileObjects.forResource("golden/menu/MenuFlows.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles().stream().map(file -> file.getName()).toList())
        .containsExactly("/SOURCE_OUTPUT/menu/MenuFlows_Flows.java");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/flowdef/typescript/menu-flows-client.ts")
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/menu/menu-flows-client.ts"));
  }

  private static Compilation compile(String... options) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("-Xlint:all", "-Werror"));
    all.addAll(java.util.List.of(options));
    Compilation compilation = javac().withProcessors(new FlowProcessor()).withOptions(all)
        .compile(JavaFileObjects.forResource("golden/menu/MenuFlows.java"));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = ClientGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing golden file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
