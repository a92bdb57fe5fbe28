package dev.flowdef.processor.schema;

import dev.flowdef.processor.model.Javadoc;
import javax.lang.model.util.Elements;

/**
 * Descriptions from Javadoc where no annotation gave one: a record's {@code @param} for its components, a type's
 * description for its schema. Javadoc is only there for types compiled from source in the same compilation.
 */
final class JavadocDescriptions implements SchemaFamily {
  private final Elements elements;

  JavadocDescriptions(Elements elements) {
    this.elements = elements;
  }

  @Override
  public void property(PropertySchema property) {
    if (property.description() == null) {
      String text = Javadoc.param(elements.getDocComment(property.property().record()), property.property().javaName());
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
