package dev.flowdef.processor.schema;

import dev.flowdef.processor.types.Annotations;
import dev.flowdef.processor.types.JsonType.Named;

/** A named type's schema while the families describe it. */
public final class TypeSchema {
  private final Named type;
  private String description;

  TypeSchema(Named type) {
    this.type = type;
  }

  public Named type() {
    return type;
  }

  public Annotations annotations() {
    return Annotations.on(type.element());
  }

  public String description() {
    return description;
  }

  public void description(String description) {
    this.description = description;
  }
}
