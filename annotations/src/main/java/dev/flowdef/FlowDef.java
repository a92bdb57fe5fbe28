package dev.flowdef;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a method as a flow: a typed function that Flowdef's annotation processor turns, at compile time, into a
 * registry binding, JSON Schemas, an HTTP endpoint and typed clients.
 *
 * <p>A flow method takes at most one input and returns one output. Input and output are records, {@code String},
 * {@code boolean}, numbers, enums, or {@code List}/{@code Map<String, ?>} of those; the input may be absent and the
 * output may be wrapped in a {@code CompletionStage}. A second parameter of type {@code FlowContext<C>} gives the flow
 * its context: chunks of type {@code C} to stream, named steps, the request context and cancellation.
 *
 * <pre>{@code
 * @FlowDef
 * static MenuItem menuSuggestion(MenuSuggestionInput input) { ... }
 *
 * @FlowDef(name = "menuStream")
 * MenuOutput stream(MenuSuggestionInput input, FlowContext<String> ctx) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface FlowDef {

  /**
   * The flow's name, which is also its URL path segment: a letter, then letters, digits, {@code _} or {@code -}.
   * Defaults to the method's name.
   */
  String name() default "";

  /** What the flow does, for tools and clients. Defaults to the first sentence of the method's Javadoc. */
  String description() default "";

  /**
   * The longest a call of the flow may run: {@code "500ms"}, {@code "30s"}, {@code "2m"}, {@code "1h"}, or ISO-8601
   * ({@code "PT1M30S"}). A call still running then ends with {@code DEADLINE_EXCEEDED} (HTTP 504) and the flow is
   * cancelled. Empty (the default): the server's default timeout, if it has one. This timeout wins over the server's.
   */
  String timeout() default "";
}
