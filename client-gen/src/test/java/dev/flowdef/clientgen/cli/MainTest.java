package dev.flowdef.clientgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.flowdef.clientgen.support.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line: from a manifest file, from a running service's well-known URL, and its usage errors. */
@Timeout(60)
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void generatesJavaAndTypeScriptFromAManifestFile(@TempDir Path temp) throws IOException {
    Path manifest = temp.resolve("flows.json");
    Files.writeString(manifest, Golden.read("manifests/menu.json"));

    int exit = run("--manifest", manifest.toString(), "--name", "MenuClient", "--java-out",
        temp.resolve("java").toString(), "--package", "com.example.menu", "--ts-out", temp.resolve("menu.ts").toString());

    assertEquals(0, exit, err.toString());
    assertTrue(Files.readString(temp.resolve("java/com/example/menu/MenuClient.java"))
        .contains("public MenuItem menuSuggestion(MenuSuggestionInput input)"));
    assertTrue(Files.readString(temp.resolve("menu.ts"))
        .contains("export function menuSuggestion(input: MenuSuggestionInput, options?: FlowCallOptions)"));
  }

  @Test
  void readsTheManifestOfARunningServiceFromItsWellKnownPath(@TempDir Path temp) throws IOException {
    AtomicReference<String> asked = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      asked.set(exchange.getRequestURI().getPath());
      byte[] body = Golden.read("manifests/menu.json").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      int exit = run("--manifest", "http://127.0.0.1:" + server.getAddress().getPort(), "--name", "MenuClient",
          "--ts-out", temp.resolve("menu.ts").toString());

      assertEquals(0, exit, err.toString());
      assertEquals("/.well-known/flowdef/flows.json", asked.get());
      assertTrue(Files.readString(temp.resolve("menu.ts")).contains("export function streamMenuStream("));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void explainsMissingArguments() {
    int exit = run("--manifest", "flows.json", "--name", "MenuClient", "--java-out", "src");

    assertEquals(2, exit);
    assertTrue(err.toString().contains("--java-out needs --package"), err.toString());
    assertTrue(err.toString().contains("Usage:"), err.toString());
  }

  @Test
  void failsOnAFileThatIsNotAManifest(@TempDir Path temp) throws IOException {
    Path notManifest = Files.writeString(temp.resolve("x.json"), "{\"hello\": 1}");

    int exit = run("--manifest", notManifest.toString(), "--name", "X", "--ts-out", temp.resolve("x.ts").toString());

    assertEquals(1, exit);
    assertTrue(err.toString().contains("Not a flow manifest"), err.toString());
  }

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
