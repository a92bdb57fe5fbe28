package dev.flowdef.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.flowdef.examples.menu.MenuItem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web page ({@code ts/index.html}) in headless Chromium (Debian's {@code chromium}, which CI installs): served
 * from one loopback origin, it streams {@code menuStream} from the menu service on another into the page.
 */
@Timeout(120)
class MenuPageTest {
  private static final Pattern DESCRIPTION = Pattern.compile("<p id=\"description\">(.*?)</p>", Pattern.DOTALL);
  private static final Pattern STATUS = Pattern.compile("<p id=\"status\">(.*?)</p>", Pattern.DOTALL);

  @Test
  void thePageShowsTheStreamedDescription() throws IOException, InterruptedException {
    try (MenuService menu = new MenuService()) {
      HttpServer page = pageServer(Path.of("ts").toAbsolutePath());
      try {
        String url = "http://127.0.0.1:" + page.getAddress().getPort() + "/index.html?theme=pirate&server="
            + menu.url();
        String dom = dumpDom(url);

        MenuItem dish = menu.suggestion("pirate");
        Matcher description = DESCRIPTION.matcher(dom);
        Matcher status = STATUS.matcher(dom);
        assertTrue(description.find() && status.find(), dom);
        assertEquals("done: " + escape(dish.dishname()), status.group(1), dom);
        assertEquals(escape(dish.dishname() + ": " + dish.description()), description.group(1));
      } finally {
        page.stop(0);
      }
    }
  }

  /** Chromium's DOM of the page once its script has run (virtual time lets the page settle, then it is printed). */
  private static String dumpDom(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> command = List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
        "--virtual-time-budget=20000", "--dump-dom", url);
    Process browser = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!browser.waitFor(60, TimeUnit.SECONDS)) {
      browser.destroyForcibly();
      throw new AssertionError("Chromium did not finish");
    }
    return dom;
  }

  private static String chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError("Headless Chromium is needed: install Debian's chromium (apt-get install chromium)");
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

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
