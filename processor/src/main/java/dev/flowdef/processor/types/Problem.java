package dev.flowdef.processor.types;

import dev.flowdef.processor.Message;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Why a type cannot be described, tied to the element that uses it (a record component, a flow's parameter or
 * method), so the error points at the line to change.
 *
 * @param element where to report
 * @param message what is wrong, with its hint
 * @param arguments the message's arguments
 */
public record Problem(Element element, Message message, List<Object> arguments) {

  static Problem of(Element element, Message message, Object... arguments) {
    return new Problem(element, message, List.of(arguments));
  }
}
