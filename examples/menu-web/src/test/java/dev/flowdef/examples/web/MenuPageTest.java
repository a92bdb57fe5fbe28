package dev.flowdef.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.flowdef.examples.menu.MenuItem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web page ({@code ts/index.html}) in headless Chromium (Debian's {@code chromium}, which CI installs): served
 * from one loopback origin, it streams {@code menuStream} from the menu service on another into the page.
 */
@Timeout(120)
class MenuPageTest {
  @Test
  void thePageShowsTheStreamedDescription() throws IOException, InterruptedException {
    try (MenuService menu = new MenuService()) {
      HttpServer page = pageServer(Path.of("ts").toAbsolutePath());
      try (HeadlessChromium chromium = HeadlessChromium.open("http://127.0.0.1:" + page.getAddress().getPort()
          + "/index.html?theme=pirate&server=" + menu.url())) {
        String status = chromium.waitFor("document.getElementById('status')?.textContent ?? ''",
            text -> text.startsWith("done") || text.startsWith("failed"), Duration.ofSeconds(60));
        String description = chromium.evaluate("document.getElementById('description').textContent");

        MenuItem dish = menu.suggestion("pirate");
        assertEquals("done: " + dish.dishname(), status);
        assertEquals(dish.dishname() + ": " + dish.description(), description);
      } finally {
        page.stop(0);
      }
    }
  }

  /** Serves the page and its compiled script, as a static web server would. */
  private static HttpServer pageServer(Path root) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type",
          file.toString().endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

}
