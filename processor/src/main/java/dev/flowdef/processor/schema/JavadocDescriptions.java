package dev.flowdef.processor.schema;

import dev.flowdef.processor.model.Javadoc;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Descriptions from Javadoc where no annotation gave one: a record's {@code @param} for its components, a type's
 * description for its schema. Javadoc is only there for types compiled from source in the same compilation.
 */
final class JavadocDescriptions implements SchemaFamily {
  private final Elements elements;
  /** The {@code @param} texts of the record whose components are being described: they come one after another. */
  private Element record;
  private Map<String, String> params = Map.of();

  JavadocDescriptions(Elements elements) {
    this.elements = elements;
  }

  @Override
  public void property(PropertySchema property) {
    if (property.description() == null) {
      if (property.property().record() != record) {
        record = property.property().record();
        params = Javadoc.params(elements.getDocComment(record));
      }
      String text = params.getOrDefault(property.property().javaName(), "");
      if (!text.isEmpty()) {
        property.description(text);
      }
    }
  }

  @Override
  public void type(TypeSchema type) {
    if (type.description() == null) {
      String text = Javadoc.description(elements.getDocComment(type.type().element()));
      if (!text.isEmpty()) {
        type.description(text);
      }
    }
  }
}
