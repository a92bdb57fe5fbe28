package dev.flowdef.processor.schema;

import dev.flowdef.processor.types.Annotations;
import dev.flowdef.processor.types.Property;
import java.util.Map;

/**
 * A record component's property while the families work on it: its JSON name, the schema of its non-null values,
 * whether it is required, whether it may be {@code null}, and its description.
 */
public final class PropertySchema {
  private final Property property;
  private final Annotations annotations;
  private final boolean optional;
  private final Map<String, Object> value;
  private String name;
  private boolean required = true;
  private boolean nullable;
  private String description;

  PropertySchema(Property property, boolean optional, Map<String, Object> value) {
    this.property = property;
    this.annotations = Annotations.on(property.component());
    this.optional = optional;
    this.value = value;
    this.name = property.javaName();
  }

  public Property property() {
    return property;
  }

  /** The component's annotations, from the component, its accessor and its type. */
  public Annotations annotations() {
    return annotations;
  }

  /** Whether the component's type is an {@code Optional}, whose empty value Jackson writes as {@code null}. */
  public boolean optional() {
    return optional;
  }

  /** The schema of the property's non-null values, for families to add keywords to. */
  public Map<String, Object> value() {
    return value;
  }

  /** The JSON type of the values ("string", "integer", ...), or {@code null} for a reference or a union. */
  public String jsonType() {
    return value.get("type") instanceof String type ? type : null;
  }

  public String name() {
    return name;
  }

  public void name(String name) {
    this.name = name;
  }

  public boolean required() {
    return required;
  }

  public void required(boolean required) {
    this.required = required;
  }

  public boolean nullable() {
    return nullable;
  }

  public void nullable(boolean nullable) {
    this.nullable = nullable;
  }

  public String description() {
    return description;
  }

  public void description(String description) {
    this.description = description;
  }
}
