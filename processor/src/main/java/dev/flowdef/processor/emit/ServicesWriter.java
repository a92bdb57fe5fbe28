package dev.flowdef.processor.emit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/dev.flowdef.runtime.FlowBinding} once, in the last round, through the
 * {@link Filer}. Entries already in the class output (from an earlier, incremental compile) are kept.
 */
public final class ServicesWriter {
  public static final String PATH = "META-INF/services/dev.flowdef.runtime.FlowBinding";

  private final Filer filer;

  public ServicesWriter(Filer filer) {
    this.filer = filer;
  }

  public void write(Set<String> bindings, Element[] originatingElements) throws IOException {
    Set<String> all = new TreeSet<>(existing());
    all.addAll(bindings);
    StringBuilder lines = new StringBuilder();
    all.forEach(binding -> lines.append(binding).append('\n'));
    Resources.write(filer, "", PATH, lines.toString(), originatingElements);
  }

  private Set<String> existing() {
    Set<String> entries = new TreeSet<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(file.openInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          String entry = line.replaceFirst("#.*", "").strip();
          if (!entry.isEmpty()) {
            entries.add(entry);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // no earlier file: a full compile
    }
    return entries;
  }
}
