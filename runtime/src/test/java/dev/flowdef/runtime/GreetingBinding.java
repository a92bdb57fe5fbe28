package dev.flowdef.runtime;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A binding written the way the processor writes them, listed in this module's test META-INF/services. */
public final class GreetingBinding implements FlowBinding {
  static final FlowDescriptor<String, String, Void> GREET =
      new FlowDescriptor<>("greet", "Greets someone.", String.class, String.class, Void.class);

  private final String greeting;

  public GreetingBinding() {
    this("Hello");
  }

  GreetingBinding(String greeting) {
    this.greeting = greeting;
  }

  @Override
  public List<Flow<?, ?, ?>> flows() {
    return List.of(Flow.of(GREET, (name, ctx) -> CompletableFuture.completedFuture(greeting + ", " + name)));
  }
}
