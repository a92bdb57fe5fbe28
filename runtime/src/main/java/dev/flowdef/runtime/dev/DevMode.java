package dev.flowdef.runtime.dev;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.FlowTracing;
import dev.flowdef.runtime.schema.FlowManifest;
import dev.flowdef.runtime.schema.SchemaInputValidator;
import dev.flowdef.runtime.validation.InputValidator;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Genkit's dev mode for Java flows: when {@code GENKIT_ENV=dev} (as {@code genkit start -- <command>} sets it), the
 * reflection API on loopback, the runtime file through which the CLI finds it, and traces exported to the CLI's
 * telemetry server. Outside dev mode none of it starts.
 */
public final class DevMode implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DevMode.class.getName());

  private final ReflectionServer server;
  private final RuntimeFile runtimeFile;
  private final SdkTracerProvider tracerProvider;
  private final Thread cleanup;

  private DevMode(ReflectionServer server, RuntimeFile runtimeFile, SdkTracerProvider tracerProvider) {
    this.server = server;
    this.runtimeFile = runtimeFile;
    this.tracerProvider = tracerProvider;
    this.cleanup = new Thread(this::stop, "flowdef-dev-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Whether this process runs in Genkit's dev mode. */
  public static boolean enabled() {
    return "dev".equals(System.getenv("GENKIT_ENV"));
  }

  /**
   * Starts dev mode for {@code registry} if {@link #enabled()}, with the schemas of the flow manifests on the class
   * path: listed for the Developer UI, and checked against each input.
   */
  public static Optional<DevMode> startIfEnabled(FlowRegistry registry) {
    if (!enabled()) {
      return Optional.empty();
    }
    FlowManifest manifest = FlowManifest.of(registry);
    return startIfEnabled(registry, ActionSchemas.from(manifest), SchemaInputValidator.of(manifest));
  }

  /** Starts dev mode for {@code registry} if {@link #enabled()}. */
  public static Optional<DevMode> startIfEnabled(
      FlowRegistry registry, ActionSchemas schemas, InputValidator validator) {
    if (!enabled()) {
      return Optional.empty();
    }
    DevMode dev = start(registry, schemas, validator, System.getenv(), Path.of(""));
    LOG.log(Level.INFO, "Genkit dev mode: reflection API on {0}, runtime file {1}", dev.server.url(),
        dev.runtimeFiles());
    return Optional.of(dev);
  }

  /** Starts dev mode with the given environment and working directory, whatever {@code GENKIT_ENV} says. */
  public static DevMode start(FlowRegistry registry, ActionSchemas schemas, InputValidator validator,
      Map<String, String> environment, Path workingDirectory) {
    DevSettings settings = DevSettings.from(environment, workingDirectory);
    GenkitTelemetry telemetry = new GenkitTelemetry(settings.telemetryServer(), settings.realtime());
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder().addSpanProcessor(telemetry).build();
    OpenTelemetry sdk = tracingOnly(tracerProvider);
    installGlobally(sdk);
    ReflectionServer server =
        new ReflectionServer(settings, registry, schemas, validator, telemetry, FlowTracing.of(sdk));
    try {
      // Only once the socket listens: the CLI health-checks a runtime as soon as its file appears.
      RuntimeFile file = RuntimeFile.write(workingDirectory, server.runtimeId(), ProcessHandle.current().pid(),
          server.url(), settings.genkitVersion());
      return new DevMode(server, file, tracerProvider);
    } catch (RuntimeException e) {
      server.close();
      tracerProvider.close();
      throw e;
    }
  }

  public int reflectionPort() {
    return server.port();
  }

  public List<Path> runtimeFiles() {
    return runtimeFile.paths();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs stop() anyway
    }
  }

  private void stop() {
    runtimeFile.delete();
    server.close();
    tracerProvider.close();
  }

  /** An OpenTelemetry of just the tracer provider: dev mode needs neither metrics nor propagation. */
  private static OpenTelemetry tracingOnly(TracerProvider tracerProvider) {
    return new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return tracerProvider;
      }

      @Override
      public ContextPropagators getPropagators() {
        return ContextPropagators.noop();
      }
    };
  }

  /** Lets flows traced through the global OpenTelemetry (those served over HTTP) reach the Developer UI too. */
  private static void installGlobally(OpenTelemetry sdk) {
    try {
      GlobalOpenTelemetry.set(sdk);
    } catch (IllegalStateException e) {
      // the application installed its own: keep it; runs from the Developer UI are still traced
    }
  }
}
