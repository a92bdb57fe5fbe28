package dev.flowdef.runtime;

import dev.flowdef.runtime.json.JsonCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The flows an application serves, by name: found through {@link ServiceLoader} from the bindings the processor
 * generated, and registered by hand for classes that need constructor arguments or come from a DI container.
 * Immutable once built, so transports can share it across threads.
 *
 * <pre>{@code
 * FlowRegistry registry = FlowRegistry.discover();
 * MenuItem item = registry.flow(MenuFlows_Flows.MENU_SUGGESTION).run(new MenuSuggestionInput("bistro"));
 * }</pre>
 */
public final class FlowRegistry {
  private final Map<String, Flow<?, ?, ?>> flows;
  private final List<JsonCodec> jsonCodecs;

  private FlowRegistry(Map<String, Flow<?, ?, ?>> flows, List<JsonCodec> jsonCodecs) {
    this.flows = flows;
    this.jsonCodecs = jsonCodecs;
  }

  /** The flows of every generated binding on the class path that Flowdef can create by itself. */
  public static FlowRegistry discover() {
    return builder().discover().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every registered flow, in registration order. */
  public Collection<Flow<?, ?, ?>> flows() {
    return flows.values();
  }

  /**
   * The generated Jackson codecs of the registered bindings, in registration order: the HTTP transport registers them
   * on its default mapper; {@code mapper.registerModule(GeneratedCodecs.of(registry.jsonCodecs()))} adds them to
   * another.
   */
  public List<JsonCodec> jsonCodecs() {
    return jsonCodecs;
  }

  /** The flow with this name, if registered. */
  public Optional<Flow<?, ?, ?>> find(String name) {
    return Optional.ofNullable(flows.get(name));
  }

  /**
   * The flow a generated descriptor names, typed by it.
   *
   * @throws IllegalArgumentException if no flow of that name is registered, or one is with other types
   */
  @SuppressWarnings("unchecked") // the descriptors are equal, so are the type arguments
  public <I, O, C> Flow<I, O, C> flow(FlowDescriptor<I, O, C> descriptor) {
    Flow<?, ?, ?> flow = flows.get(descriptor.name());
    if (flow == null) {
      throw new IllegalArgumentException(
          "No flow named '" + descriptor.name() + "' is registered (registered: " + flows.keySet() + "). A binding "
              + "whose class needs constructor arguments is not discovered: register it by hand, for example "
              + "FlowRegistry.builder().discover().register(new MyFlows_Flows(new MyFlows(...))).build()");
    }
    if (!flow.descriptor().equals(descriptor)) {
      throw new IllegalArgumentException(
          "Flow '" + descriptor.name() + "' is registered as " + flow.descriptor() + ", not as " + descriptor);
    }
    return (Flow<I, O, C>) flow;
  }

  /** Collects bindings and flows, then checks that every flow name is unique. */
  public static final class Builder {
    private final Map<Class<?>, FlowBinding> discovered = new LinkedHashMap<>();
    private final Map<Class<?>, FlowBinding> registered = new LinkedHashMap<>();
    private final List<Flow<?, ?, ?>> singleFlows = new ArrayList<>();
    private FlowTracing tracing;

    private Builder() {}

    /** Adds the bindings listed in {@code META-INF/services} on the thread's context class loader. */
    public Builder discover() {
      return discover(Thread.currentThread().getContextClassLoader());
    }

    /** Adds the bindings listed in {@code META-INF/services} on {@code classLoader}. */
    public Builder discover(ClassLoader classLoader) {
      Warmup.libraries(); // while the bindings load: their codecs need Jackson next
      try {
        for (FlowBinding binding : ServiceLoader.load(FlowBinding.class, classLoader)) {
          discovered.putIfAbsent(binding.getClass(), requireReadable(binding));
        }
      } catch (ServiceConfigurationError e) {
        throw new IllegalStateException(
            "A generated flow binding could not be created; is its class on the class path and does its constructor "
                + "succeed? " + e.getMessage(),
            e);
      }
      return this;
    }

    /**
     * Adds a binding created by hand, typically with an instance: {@code register(new MenuFlows_Flows(menuFlows))}.
     * It replaces a discovered binding of the same class.
     */
    public Builder register(FlowBinding binding) {
      Objects.requireNonNull(binding, "binding");
      if (registered.putIfAbsent(binding.getClass(), requireReadable(binding)) != null) {
        throw new IllegalArgumentException(binding.getClass().getName() + " is registered twice");
      }
      return this;
    }

    /** Adds a single flow. */
    public Builder register(Flow<?, ?, ?> flow) {
      singleFlows.add(Objects.requireNonNull(flow, "flow"));
      return this;
    }

    /**
     * Traces the registry's flows through {@code openTelemetry} instead of {@code GlobalOpenTelemetry}, for example an
     * SDK the application configured itself.
     */
    public Builder openTelemetry(io.opentelemetry.api.OpenTelemetry openTelemetry) {
      this.tracing = FlowTracing.of(openTelemetry);
      return this;
    }

    /** @throws IllegalStateException if two flows share a name */
    public FlowRegistry build() {
      Map<String, Flow<?, ?, ?>> byName = new LinkedHashMap<>();
      Map<String, Object> sources = new LinkedHashMap<>();
      List<JsonCodec> codecs = new ArrayList<>();
      Map<Class<?>, FlowBinding> bindings = new LinkedHashMap<>(discovered);
      bindings.putAll(registered);
      for (FlowBinding binding : bindings.values()) {
        for (Flow<?, ?, ?> flow : binding.flows()) {
          add(byName, sources, traced(flow), binding.getClass().getName());
        }
        codecs.addAll(binding.jsonCodecs());
      }
      for (Flow<?, ?, ?> flow : singleFlows) {
        add(byName, sources, traced(flow), "a flow registered by hand");
      }
      return new FlowRegistry(java.util.Collections.unmodifiableMap(byName), List.copyOf(codecs));
    }

    /** The binding, if it was written by hand or generated for the format this runtime reads. */
    private static FlowBinding requireReadable(FlowBinding binding) {
      int format = binding.generatedFormat();
      if (format != 0 && format != FlowBinding.GENERATED_FORMAT) {
        throw new IllegalStateException(binding.getClass().getName() + " was generated for format " + format
            + " of Flowdef's bindings, and this flowdef-runtime reads format " + FlowBinding.GENERATED_FORMAT
            + ": compile its module again with the flowdef-processor of the runtime's version (with a clean build,"
            + " such as mvn clean compile, if the versions already match)");
      }
      return binding;
    }

    private static void add(
        Map<String, Flow<?, ?, ?>> byName, Map<String, Object> sources, Flow<?, ?, ?> flow, String source) {
      Object previous = sources.putIfAbsent(flow.name(), source);
      if (previous != null) {
        throw new IllegalStateException(
            "Flow name '" + flow.name() + "' is used twice, by " + previous + " and by " + source
                + "; flow names must be unique in a registry: rename one with @FlowDef(name = \"...\")");
      }
      byName.put(flow.name(), flow);
    }

    private Flow<?, ?, ?> traced(Flow<?, ?, ?> flow) {
      return tracing == null ? flow : flow.tracedBy(tracing);
    }
  }
}
