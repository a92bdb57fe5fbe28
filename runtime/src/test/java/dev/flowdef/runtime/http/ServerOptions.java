package dev.flowdef.runtime.http;

import dev.flowdef.runtime.validation.InputValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The protocol options a test sets, applied the same way to every {@link Engine}. */
final class ServerOptions {
  String pathPrefix = "/";
  long maxBodyBytes = 1 << 20;
  final List<ContextProvider> contextProviders = new ArrayList<>();
  final Map<String, ContextProvider> flowContextProviders = new LinkedHashMap<>();
  String[] corsOrigins = {};
  InputValidator validator = InputValidator.none();
  Duration timeout;
  int maxJsonDepth = 64;

  static ServerOptions defaults() {
    return new ServerOptions();
  }

  ServerOptions pathPrefix(String prefix) {
    this.pathPrefix = prefix;
    return this;
  }

  ServerOptions maxBodyBytes(long limit) {
    this.maxBodyBytes = limit;
    return this;
  }

  ServerOptions contextProvider(ContextProvider provider) {
    contextProviders.add(provider);
    return this;
  }

  ServerOptions contextProvider(String flowName, ContextProvider provider) {
    flowContextProviders.put(flowName, provider);
    return this;
  }

  ServerOptions corsOrigins(String... origins) {
    this.corsOrigins = origins;
    return this;
  }

  ServerOptions validator(InputValidator validator) {
    this.validator = validator;
    return this;
  }

  ServerOptions timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  ServerOptions maxJsonDepth(int depth) {
    this.maxJsonDepth = depth;
    return this;
  }

  FlowHandler.Builder applyTo(FlowHandler.Builder builder) {
    builder.pathPrefix(pathPrefix).maxBodyBytes(maxBodyBytes).corsOrigins(corsOrigins).validator(validator)
        .timeout(timeout).maxJsonDepth(maxJsonDepth);
    contextProviders.forEach(builder::contextProvider);
    flowContextProviders.forEach(builder::contextProvider);
    return builder;
  }

  FlowServer.Builder applyTo(FlowServer.Builder builder) {
    builder.pathPrefix(pathPrefix).maxBodyBytes(maxBodyBytes).corsOrigins(corsOrigins).validator(validator)
        .timeout(timeout).maxJsonDepth(maxJsonDepth);
    contextProviders.forEach(builder::contextProvider);
    flowContextProviders.forEach(builder::contextProvider);
    return builder;
  }
}
