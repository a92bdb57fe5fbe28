package dev.flowdef.processor.emit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/** Writes the processor's resources: text, in UTF-8, to the class output, so they are packaged with the classes. */
final class Resources {
  private Resources() {}

  /** Writes {@code text} as {@code name} in {@code packageName} ({@code ""} for a path from the root). */
  static void write(Filer filer, String packageName, String name, String text, Element... origins)
      throws IOException {
    try (OutputStream out =
        filer.createResource(StandardLocation.CLASS_OUTPUT, packageName, name, origins).openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
