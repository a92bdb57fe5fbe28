package dev.flowdef.clientgen;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.support.Golden;
import dev.flowdef.clientgen.typescript.TypeScriptGenerator;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript module of a representative manifest and of the menu manifest, against golden files. That they
 * compile with {@code tsc --strict} and export no {@code any} is checked where Node is: {@code interop/clients}.
 */
class TypeScriptGoldenTest {

  @Test
  void writesTheShopModuleAsTheGoldenFileSays() {
    String module = TypeScriptGenerator.generate(Manifest.parse(Golden.read("manifests/shop.json")), "ShopClient");

    Golden.assertMatches("typescript/shop.ts", module);
    assertFalse(module.matches("(?s).*\\bany\\b.*"), "the module mentions any");
  }

  @Test
  void writesTheMenuModuleAsTheGoldenFileSays() {
    String module = TypeScriptGenerator.generate(Manifest.parse(Golden.read("manifests/menu.json")), "MenuClient");

    Golden.assertMatches("typescript/menu.ts", module);
  }
}
