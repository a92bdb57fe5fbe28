package dev.flowdef.processor.model;

import java.time.Duration;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One valid {@code @FlowDef} method, as the binding needs it. An absent type means {@code Void}: no input, no
 * chunks, or no output.
 *
 * @param element the annotated method
 * @param flowName the flow's name: the annotation's, or the method's
 * @param description the annotation's description, or the first sentence of the method's Javadoc, or empty
 * @param inputParameter whether the method declares an input parameter (it may be {@code Void})
 * @param input the input type
 * @param contextParameter whether the method declares a {@code FlowContext} parameter
 * @param chunk the chunk type: the type argument of {@code FlowContext}, unless {@code Void}
 * @param output the output type, unwrapped from {@code CompletionStage} when {@code async}
 * @param async whether the method returns a {@code CompletionStage}
 * @param shapes the JSON shapes of the input, output and chunk types
 * @param timeout the longest a call may run, from {@code @FlowDef(timeout = ...)}; empty for the server's default
 */
public record FlowMethod(
    ExecutableElement element,
    String flowName,
    String description,
    boolean inputParameter,
    Optional<TypeMirror> input,
    boolean contextParameter,
    Optional<TypeMirror> chunk,
    Optional<TypeMirror> output,
    boolean async,
    FlowShapes shapes,
    Optional<Duration> timeout) {

  public String methodName() {
    return element.getSimpleName().toString();
  }

  public boolean isStatic() {
    return element.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
  }
}
