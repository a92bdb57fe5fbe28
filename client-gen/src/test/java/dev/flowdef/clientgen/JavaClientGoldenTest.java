package dev.flowdef.clientgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.flowdef.clientgen.java.JavaClientGenerator;
import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.support.Golden;
import dev.flowdef.clientgen.support.Javac;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client of a representative manifest (records, optional and nullable properties, renamed properties and
 * enum values, maps, a recursive type, a generic type, unions with and without type ids, streaming flows, flows
 * without input or output), file by file against golden files, and compiled with {@code -Xlint:all -Werror}.
 */
class JavaClientGoldenTest {

  @Test
  void writesTheShopClientAsTheGoldenFilesSay(@TempDir Path temp) {
    List<JavaFile> files = generate("manifests/shop.json", "com.example.shop", "ShopClient");

    assertEquals(
        new TreeSet<>(List.of("Cat", "Category", "Circle", "Dog", "Line", "Order", "OrderQuery", "PageOfOrder",
            "Payment", "Pet", "Shape", "ShopClient", "Size", "Square")),
        new TreeSet<>(files.stream().map(file -> file.typeSpec().name()).toList()));
    for (JavaFile file : files) {
      Golden.assertMatches("java/shop/" + file.typeSpec().name() + ".java", file.toString());
    }
    Javac.compile(temp, files);
  }

  @Test
  void writesTheMenuClientAsTheGoldenFileSays(@TempDir Path temp) {
    List<JavaFile> files = generate("manifests/menu.json", "com.example.menu", "MenuClient");

    JavaFile client = files.stream().filter(file -> file.typeSpec().name().equals("MenuClient")).findFirst()
        .orElseThrow();
    Golden.assertMatches("java/menu/MenuClient.java", client.toString());
    Javac.compile(temp, files);
  }

  static List<JavaFile> generate(String manifest, String packageName, String clientName) {
    return JavaClientGenerator.fromManifest(Manifest.parse(Golden.read(manifest)), packageName, clientName);
  }
}
