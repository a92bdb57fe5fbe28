package dev.flowdef.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.examples.menu.MenuItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Node script ({@code ts/src/menu-script.ts}, compiled by tsc) against the real menu service. */
@Timeout(120)
class MenuScriptTest {

  @Test
  void theNodeScriptPrintsTheDishAndItsStreamedDescription() throws IOException, InterruptedException {
    try (MenuService menu = new MenuService()) {
      Process node = new ProcessBuilder("node", "build/menu-script.js", menu.url(), "pirate")
          .directory(Path.of("ts").toFile()).redirectErrorStream(true).start();
      String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the script did not finish");

      MenuItem dish = menu.suggestion("pirate");
      assertEquals(0, node.exitValue(), output);
      assertEquals("Tonight: " + dish.dishname() + "\nDescribed: " + dish.dishname() + ": " + dish.description()
          + "\n(for the pirate theme)\n", output);
    }
  }

  @Test
  void theNodeScriptReportsAnUnreachableService() throws IOException, InterruptedException {
    Process node = new ProcessBuilder("node", "build/menu-script.js", "http://127.0.0.1:1", "pirate")
        .directory(Path.of("ts").toFile()).redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the script did not finish");

    assertEquals(1, node.exitValue(), output);
    assertTrue(output.startsWith("The menu service failed: UNAVAILABLE"), output);
  }
}
