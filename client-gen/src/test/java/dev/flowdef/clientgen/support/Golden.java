package dev.flowdef.clientgen.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a golden file under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dflowdef.golden.update=true} to write the new output over the golden files, then review the diff.
 */
public final class Golden {
  private static final boolean UPDATE = Boolean.getBoolean("flowdef.golden.update");

  private Golden() {}

  public static void assertMatches(String goldenPath, String actual) {
    if (UPDATE) {
      try {
        Path file = Path.of("src/test/resources/golden").resolve(goldenPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertEquals(read("golden/" + goldenPath), actual, "generated " + goldenPath + " differs from its golden file");
  }

  public static String read(String resource) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + resource
            + " (run with -Dflowdef.golden.update=true to write golden files)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
