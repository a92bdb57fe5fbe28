package dev.flowdef.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.client.FlowClientException;
import dev.flowdef.examples.consumer.menu.MenuClient;
import dev.flowdef.examples.consumer.menu.MenuItem;
import dev.flowdef.examples.consumer.menu.MenuSuggestionInput;
import dev.flowdef.examples.menu.MenuFlows_Flows;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The consumer, with its generated client, against the real menu service on loopback. */
@Timeout(60)
class MenuConsumerTest {
  private static FlowRegistry registry;
  private static FlowServer menuService;
  private static MenuClient client;

  @BeforeAll
  static void start() {
    registry = FlowRegistry.builder().register(new MenuFlows_Flows()).build();
    menuService = FlowServer.builder(registry).host("127.0.0.1").port(0).start();
    client = MenuClient.create(menuService.uri().toString());
  }

  @AfterAll
  static void stop() {
    menuService.close();
  }

  @Test
  void theGeneratedClientGetsWhatTheServiceComputes() {
    dev.flowdef.examples.menu.MenuItem expected =
        registry.flow(MenuFlows_Flows.MENU_SUGGESTION).run(new dev.flowdef.examples.menu.MenuSuggestionInput("pirate"));

    MenuItem got = client.menuSuggestion(new MenuSuggestionInput("pirate"));

    assertEquals(expected.dishname(), got.dishname());
    assertEquals(expected.description(), got.description());
  }

  @Test
  void plansAnEveningWithEveryKindOfCall() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    new MenuConsumer(client).planEvening("pirate", new PrintStream(text, true, StandardCharsets.UTF_8));

    String printed = text.toString(StandardCharsets.UTF_8);
    MenuItem dish = client.menuSuggestion(new MenuSuggestionInput("pirate"));
    assertTrue(printed.contains("Tonight: " + dish.dishname()), printed);
    assertTrue(printed.contains("Described: " + dish.dishname() + ": " + dish.description()), printed);
    assertTrue(printed.contains("(for the pirate theme)"), printed);
    assertTrue(printed.contains("Vegetarian: Today we have Tomato Soup"), printed);
  }

  @Test
  void invalidInputFailsWithTheServicesStatus() {
    FlowClientException error =
        assertThrows(FlowClientException.class, () -> client.menuSuggestion(new MenuSuggestionInput(null)));

    assertEquals("INVALID_ARGUMENT", error.status());
  }
}
