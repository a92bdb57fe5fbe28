package dev.flowdef.processor.types;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * One record component as a JSON property, before the schema's annotation families name, describe and constrain it.
 *
 * @param record the record that declares the component
 * @param component the component, whose name is the property's Java name
 * @param accessor the component's accessor, where most of its annotations land
 * @param type the component's value, with the record's type arguments applied
 */
public record Property(TypeElement record, RecordComponentElement component, ExecutableElement accessor,
    JsonType type) {

  public String javaName() {
    return component.getSimpleName().toString();
  }

  /** The name Jackson writes: the {@code @JsonProperty} value, else the component's name. */
  public String jsonName() {
    return Annotations.on(component).find("com.fasterxml.jackson.annotation.JsonProperty")
        .map(annotation -> Annotations.string(annotation, "value"))
        .filter(name -> !name.isEmpty())
        .orElse(javaName());
  }
}
