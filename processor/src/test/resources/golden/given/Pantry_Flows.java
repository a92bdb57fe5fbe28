package given;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowBinding;
import dev.flowdef.runtime.FlowContext;
import dev.flowdef.runtime.FlowDescriptor;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The flows of {@link Pantry}, bound for Flowdef's runtime: a descriptor per flow, and the code that calls it.
 *
 * <p>{@code Pantry} needs constructor arguments, so this binding is not discovered: register it with
 * {@code FlowRegistry.builder().register(new Pantry_Flows(instance))}.
 */
@Generated("dev.flowdef.processor.FlowProcessor")
public final class Pantry_Flows implements FlowBinding {
  /**
   * The {@code left} flow: How much is left.
   */
  public static final FlowDescriptor<Void, Integer, Void> LEFT =
      new FlowDescriptor<Void, Integer, Void>(
          "left",
          "How much is left.",
          Void.class,
          Integer.class,
          Void.class);

  /**
   * The {@code open} flow.
   */
  public static final FlowDescriptor<String, Boolean, Void> OPEN =
      new FlowDescriptor<String, Boolean, Void>(
          "open",
          "",
          String.class,
          Boolean.class,
          Void.class);

  private final Pantry target;

  /**
   * Binds the flows to {@code target}, for instances made by hand or by a DI container.
   */
  public Pantry_Flows(Pantry target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public List<Flow<?, ?, ?>> flows() {
    return Flow.dispatching(this::call, LEFT, OPEN);
  }

  /**
   * Calls the flow at {@code index} in {@link #flows()} with its input and context.
   */
  private Object call(int index, Object input, FlowContext<?> context) throws Exception {
    return switch (index) {
      case 0 -> target.left();
      case 1 -> Pantry.open((String) input);
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  /**
   * The version of the runtime's contract this binding was generated for: the registry checks it first.
   */
  @Override
  public int generatedFormat() {
    return 1;
  }
}
