package dev.flowdef.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FlowRegistryTest {

  @Test
  void discoversBindingsListedInMetaInfServices() {
    FlowRegistry registry = FlowRegistry.discover();

    assertEquals("Hello, Ada", registry.flow(GreetingBinding.GREET).run("Ada"));
  }

  @Test
  void aBindingRegisteredByHandReplacesTheDiscoveredOneOfItsClass() {
    FlowRegistry registry = FlowRegistry.builder().discover().register(new GreetingBinding("Bonjour")).build();

    assertEquals(1, registry.flows().size());
    assertEquals("Bonjour, Ada", registry.flow(GreetingBinding.GREET).run("Ada"));
  }

  @Test
  void findsFlowsByName() {
    FlowRegistry registry = FlowRegistry.discover();

    assertTrue(registry.find("greet").isPresent());
    assertTrue(registry.find("nope").isEmpty());
  }

  @Test
  void rejectsTwoFlowsWithOneName() {
    Flow<String, String, Void> other =
        Flow.of(GreetingBinding.GREET, (name, ctx) -> CompletableFuture.completedFuture(name));

    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> FlowRegistry.builder().discover().register(other).build());

    assertTrue(thrown.getMessage().contains("'greet' is used twice"), thrown.getMessage());
  }

  @Test
  void rejectsTheSameBindingClassRegisteredTwice() {
    FlowRegistry.Builder builder = FlowRegistry.builder().register(new GreetingBinding());

    assertThrows(IllegalArgumentException.class, () -> builder.register(new GreetingBinding("Hi")));
  }

  @Test
  void aBindingGeneratedForAnotherFormatIsRefusedBeforeItsFlowsAreAsked() {
    FlowBinding stale = new FlowBinding() {
      @Override
      public int generatedFormat() {
        return FlowBinding.GENERATED_FORMAT + 1;
      }

      @Override
      public List<Flow<?, ?, ?>> flows() {
        throw new AssertionError("asked for the flows of a binding of another format");
      }
    };

    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> FlowRegistry.builder().register(stale));

    assertTrue(thrown.getMessage().contains("generated for format " + (FlowBinding.GENERATED_FORMAT + 1)
        + " of Flowdef's bindings, and this flowdef-runtime reads format " + FlowBinding.GENERATED_FORMAT
        + ": compile its module again with the flowdef-processor"), thrown.getMessage());
  }

  @Test
  void aBindingOfTheRuntimesFormatIsRegistered() {
    FlowBinding current = new FlowBinding() {
      @Override
      public int generatedFormat() {
        return FlowBinding.GENERATED_FORMAT;
      }

      @Override
      public List<Flow<?, ?, ?>> flows() {
        return new GreetingBinding().flows();
      }
    };

    assertEquals("Hello, Ada", FlowRegistry.builder().register(current).build().flow(GreetingBinding.GREET).run("Ada"));
  }

  @Test
  void anUnknownFlowIsAClearError() {
    FlowDescriptor<String, String, Void> missing =
        new FlowDescriptor<>("missing", "", String.class, String.class, Void.class);

    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> FlowRegistry.discover().flow(missing));

    assertTrue(thrown.getMessage().contains("No flow named 'missing'"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("register it by hand"), thrown.getMessage());
  }

  @Test
  void aDescriptorWithOtherTypesDoesNotMatch() {
    FlowDescriptor<Integer, String, Void> wrongTypes =
        new FlowDescriptor<>("greet", "Greets someone.", Integer.class, String.class, Void.class);

    assertThrows(IllegalArgumentException.class, () -> FlowRegistry.discover().flow(wrongTypes));
  }

  @Test
  void keepsRegistrationOrder() {
    FlowDescriptor<String, String, Void> second =
        new FlowDescriptor<>("second", "", String.class, String.class, Void.class);
    FlowRegistry registry =
        FlowRegistry.builder()
            .discover()
            .register(Flow.of(second, (s, ctx) -> CompletableFuture.completedFuture(s)))
            .build();

    assertEquals(List.of("greet", "second"), registry.flows().stream().map(Flow::name).toList());
  }
}
