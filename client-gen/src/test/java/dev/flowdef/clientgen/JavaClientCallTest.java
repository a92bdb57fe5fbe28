package dev.flowdef.clientgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowdef.clientgen.support.Javac;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated menu client, compiled and run against a stub of Genkit's protocol: it sends the input as
 * {@code {"data": input}}, and reads the output as the flow's type, type arguments included, and the chunks as theirs.
 */
class JavaClientCallTest {
  private static final String DISH = "{\"dishname\": \"Rum cake\", \"description\": \"Sweet\"}";
  private static final Map<String, String> requests = new ConcurrentHashMap<>();
  private static HttpServer server;

  @TempDir
  static Path temp;
  private static Class<?> clientClass;
  private static Object client;

  @BeforeAll
  static void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    answer("/menuSuggestion", "application/json", "{\"result\": " + DISH + "}");
    answer("/dailyMenu", "application/json", "{\"result\": {\"dessert\": [" + DISH + "]}}");
    answer("/menu-stream", "text/event-stream", """
        data: {"message": "Rum"}

        data: {"message": " cake"}

        data: {"result": {"theme": "pirate", "menuItem": %s}}

        """.formatted(DISH));
    server.start();
    Path classes = Javac.compile(temp, JavaClientGoldenTest.generate("manifests/menu.json", "com.example.menu",
        "MenuClient"));
    ClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaClientCallTest.class.getClassLoader());
    clientClass = loader.loadClass("com.example.menu.MenuClient");
    client = clientClass.getMethod("create", String.class)
        .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void sendsTheInputAndReadsTheOutputAsTheFlowsRecord() throws Exception {
    Object dish = call("menuSuggestion", input("pirate"));

    assertEquals("{\"data\":{\"theme\":\"pirate\"}}", requests.get("/menuSuggestion"));
    assertEquals("MenuItem[dishname=Rum cake, description=Sweet]", dish.toString());
  }

  @Test
  void readsAParameterizedOutputWithItsTypeArguments() throws Exception {
    Map<?, ?> menu = (Map<?, ?>) call("dailyMenu");

    Object dessert = ((List<?>) menu.get("dessert")).get(0);
    assertEquals("com.example.menu.MenuItem", dessert.getClass().getName());
    assertEquals("{}", requests.get("/dailyMenu"));
  }

  @Test
  void streamsTheChunksThenTheOutput() throws Exception {
    Object stream = call("streamMenuStream", input("pirate"));
    List<Object> chunks = new ArrayList<>();
    ((Iterable<?>) stream).forEach(chunks::add);
    Object output = stream.getClass().getMethod("output").invoke(stream);
    ((AutoCloseable) stream).close();

    assertEquals(List.of("Rum", " cake"), chunks);
    assertEquals("MenuOutput[theme=pirate, menuItem=MenuItem[dishname=Rum cake, description=Sweet]]",
        output.toString());
  }

  private static Object input(String theme) throws Exception {
    return clientClass.getClassLoader().loadClass("com.example.menu.MenuSuggestionInput")
        .getConstructor(String.class).newInstance(theme);
  }

  private static Object call(String method, Object... arguments) throws Exception {
    for (var candidate : clientClass.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        return candidate.invoke(client, arguments);
      }
    }
    throw new AssertionError("no method " + method);
  }

  private static void answer(String path, String contentType, String body) {
    server.createContext(path, (HttpExchange exchange) -> {
      requests.put(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
  }
}
