package dev.flowdef.runtime;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is known about a flow at compile time: its name, description, and input, output and chunk types. The
 * processor writes one as a constant per flow, so callers can look a flow up with its types checked by javac.
 *
 * <p>A flow that takes no input has input type {@code Void}; one that does not stream has chunk type {@code Void}.
 * A flow with a {@code timeout} ({@code @FlowDef(timeout = "30s")}) ends with {@link FlowStatus#DEADLINE_EXCEEDED}
 * when it runs longer; without one ({@code null}), the transport's default applies, if any.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param <C> the chunk type
 */
public record FlowDescriptor<I, O, C>(
    String name, String description, Type inputType, Type outputType, Type chunkType, Duration timeout) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  public FlowDescriptor {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "flow name '" + name + "' is not a URL path segment: use a letter, then letters, digits, '_' or '-'");
    }
    description = description == null ? "" : description;
    Objects.requireNonNull(inputType, "inputType");
    Objects.requireNonNull(outputType, "outputType");
    Objects.requireNonNull(chunkType, "chunkType");
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("the timeout of flow '" + name + "' must be positive, not " + timeout);
    }
  }

  /** A flow without a timeout of its own. */
  public FlowDescriptor(String name, String description, Type inputType, Type outputType, Type chunkType) {
    this(name, description, inputType, outputType, chunkType, null);
  }

  /** Whether the flow sends chunks while it runs. */
  public boolean streams() {
    return chunkType != Void.class;
  }

  /** Whether the flow takes an input. */
  public boolean takesInput() {
    return inputType != Void.class;
  }
}
