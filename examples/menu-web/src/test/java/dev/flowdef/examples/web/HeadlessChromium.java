package dev.flowdef.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium}, headless, showing one page, and read through the DevTools protocol (a WebSocket, with the
 * JDK's client): a test asks the page's DOM for text until it says what the test waits for, in real time.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final AtomicInteger ids = new AtomicInteger();
  private volatile CompletableFuture<JsonNode> reply = new CompletableFuture<>();
  private WebSocket page;

  private HeadlessChromium(Process process) {
    this.process = process;
  }

  /** Starts Chromium on {@code url}. */
  static HeadlessChromium open(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Process process = new ProcessBuilder(executable(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile, "--remote-debugging-port=0", url)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    URI browser = null;
    BufferedReader log = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = log.readLine(); line != null && browser == null; line = log.readLine()) {
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        browser = URI.create(listening.group(1));
      }
    }
    if (browser == null) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not start its DevTools endpoint");
    }
    Thread drain = new Thread(() -> {
      try {
        log.transferTo(java.io.Writer.nullWriter());
      } catch (IOException e) {
        // Chromium exited
      }
    });
    drain.setDaemon(true);
    drain.start();
    HttpClient http = HttpClient.newHttpClient();
    URI targets = URI.create("http://" + browser.getAuthority() + "/json/list");
    String pageSocket = null;
    for (int attempt = 0; attempt < 100 && pageSocket == null; attempt++) {
      String body = http.send(HttpRequest.newBuilder(targets).build(), HttpResponse.BodyHandlers.ofString()).body();
      for (JsonNode target : JSON.readTree(body)) {
        if (target.path("type").asText().equals("page")) {
          pageSocket = target.path("webSocketDebuggerUrl").asText();
        }
      }
      Thread.sleep(50);
    }
    if (pageSocket == null) {
      process.destroyForcibly();
      throw new AssertionError("Chromium shows no page");
    }
    HeadlessChromium chromium = new HeadlessChromium(process);
    chromium.page = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), chromium.listener()).join();
    return chromium;
  }

  /** The value of a JavaScript expression in the page, once it is {@code until}'s, or the last one at the deadline. */
  String waitFor(String expression, java.util.function.Predicate<String> until, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String value = evaluate(expression);
    while (!until.test(value) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      value = evaluate(expression);
    }
    return value;
  }

  String evaluate(String expression) {
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    reply = answer; // one question at a time: the next message with an id answers it
    String request = JSON.createObjectNode().put("id", ids.incrementAndGet()).put("method", "Runtime.evaluate")
        .set("params", JSON.createObjectNode().put("expression", expression).put("returnByValue", true))
        .toString();
    page.sendText(request, true).join();
    try {
      return answer.get(10, TimeUnit.SECONDS).path("result").path("result").path("value").asText("");
    } catch (Exception e) {
      throw new AssertionError("Chromium did not answer " + expression, e);
    }
  }

  private WebSocket.Listener listener() {
    return new WebSocket.Listener() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          try {
            JsonNode message = JSON.readTree(text.toString());
            if (message.has("id")) {
              reply.complete(message);
            }
          } catch (IOException e) {
            reply.completeExceptionally(e);
          }
          text.setLength(0);
        }
        socket.request(1);
        return null;
      }
    };
  }

  private static String executable() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError("Headless Chromium is needed: install Debian's chromium (apt-get install chromium)");
  }

  @Override
  public void close() {
    if (page != null) {
      page.abort();
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
