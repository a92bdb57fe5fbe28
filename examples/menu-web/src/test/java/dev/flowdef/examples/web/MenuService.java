package dev.flowdef.examples.web;

import dev.flowdef.examples.menu.MenuFlows_Flows;
import dev.flowdef.examples.menu.MenuItem;
import dev.flowdef.examples.menu.MenuSuggestionInput;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowServer;

/** The real menu service on loopback, letting pages of any origin call it (CORS), and what it suggests. */
final class MenuService implements AutoCloseable {
  private final FlowRegistry registry = FlowRegistry.builder().register(new MenuFlows_Flows()).build();
  private final FlowServer server =
      FlowServer.builder(registry).host("127.0.0.1").port(0).corsOrigins("*").start();

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The dish the service suggests for {@code theme}, computed in-process. */
  MenuItem suggestion(String theme) {
    return registry.flow(MenuFlows_Flows.MENU_SUGGESTION).run(new MenuSuggestionInput(theme));
  }

  @Override
  public void close() {
    server.close();
  }
}
