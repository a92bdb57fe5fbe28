package dev.flowdef.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated bindings and manifest, character for character, against golden files: generated code is read by
 * people, so its layout is part of what is tested. To accept an intended change, replace the golden file with the new output.
 */
class BindingGoldenTest {

  @Test
  void bindsADiscoverableClassWithEveryFlowShape() throws IOException {
    Compilation compilation = compile("golden/menu/MenuFlows.java");

    assertThat(compilation).generatedSourceFile("menu.MenuFlows_Flows").contentsAsUtf8String()
        .isEqualTo(golden("golden/menu/MenuFlows_Flows.java"));
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "menu", "MenuFlows_Flows.codecs.json")
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/menu/MenuFlows_Flows.codecs.json"));
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.flowdef.runtime.FlowBinding")
        .contentsAsUtf8String()
        .isEqualTo("menu.MenuFlows_Flows\n");
  }

  @Test
  void writesTheManifestOfEveryFlowWithItsSchemas() throws IOException {
    Compilation compilation = compile("golden/menu/MenuFlows.java");

    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/flowdef/flows.json")
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/menu/flows.json"));
  }

  @Test
  void bindsAClassThatNeedsConstructorArgumentsWithoutListingItAsAService() throws IOException {
    Compilation compilation = compile("golden/given/Pantry.java");

    assertThat(compilation).generatedSourceFile("given.Pantry_Flows").contentsAsUtf8String()
        .isEqualTo(golden("golden/given/Pantry_Flows.java"));
    assertThat(compilation.generatedFiles().stream().map(JavaFileObject::getName).toList())
        .doesNotContain("/CLASS_OUTPUT/META-INF/services/dev.flowdef.runtime.FlowBinding");
  }

  private static Compilation compile(String source) {
    Compilation compilation =
        javac().withProcessors(new FlowProcessor()).withOptions("-Xlint:all", "-Werror")
            .compile(JavaFileObjects.forResource(source));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = BindingGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing golden file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
