package dev.flowdef.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports {@link Message}s as compile errors, always on an element so the IDE and javac point at the line; a type
 * used by several flows is reported once, not once per flow.
 */
public final class Reporter {
  private final Messager messager;
  private final Set<List<Object>> reported = new HashSet<>();

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void error(Element element, Message message, Object... arguments) {
    String text = message.format(arguments);
    if (reported.add(List.of(element, text))) {
      messager.printMessage(Kind.ERROR, text, element);
    }
  }

  /** Reports on an annotation's value, so the error points at {@code name = "..."} itself. */
  public void error(
      Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... arguments) {
    if (annotation == null) {
      error(element, message, arguments);
    } else if (value == null) {
      messager.printMessage(Kind.ERROR, message.format(arguments), element, annotation);
    } else {
      messager.printMessage(Kind.ERROR, message.format(arguments), element, annotation, value);
    }
  }
}
