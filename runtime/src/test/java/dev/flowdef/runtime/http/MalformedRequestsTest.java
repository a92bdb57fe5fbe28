package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a hostile or broken client sends over a real socket: truncated and lying bodies, invalid UTF-8, deep nesting,
 * huge numbers and strings, duplicate keys, oversized headers, pipelined requests. Each gets a clear JSON error or a
 * closed connection, never an HTML page or a stack trace, and the server goes on serving everyone else.
 */
class MalformedRequestsTest extends EngineTestSupport {
  private Engine.Served served;

  /** After every case, an ordinary call on a new connection still succeeds. */
  @AfterEach
  void serverStillServes() {
    if (served != null) {
      assertEquals("{\"result\":{\"text\":\"ok\",\"length\":2}}",
          Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"ok\"}}").body());
    }
  }

  private Engine.Served start(Engine engine) throws Exception {
    return start(engine, ServerOptions.defaults());
  }

  private Engine.Served start(Engine engine, ServerOptions options) throws Exception {
    served = serve(engine, options);
    return served;
  }

  /** Sends {@code request} on a new connection; the server answers the protocol's JSON error, then closes. */
  private static JsonNode jsonErrorThenClosed(URI base, byte[] request, int httpStatus, String status)
      throws IOException {
    try (RawHttp connection = new RawHttp(base)) {
      RawHttp.Response response = connection.send(request).read();
      assertNotNull(response, "closed without an answer");
      assertEquals(httpStatus, response.status(), response.body());
      assertEquals("application/json", response.header("content-type"));
      assertEquals("close", response.header("connection"));
      JsonNode error = Http.json(response.body()).get("error");
      assertEquals(status, error.get("status").asText(), response.body());
      assertFalse(response.body().contains("Exception"), response.body());
      assertTrue(connection.closedByServer(), "the connection stayed open");
      return error;
    }
  }

  @OnEveryEngine
  void aBodyShorterThanItsContentLengthEndsWithoutAnAnswerOrWithAJsonError(Engine engine) throws Exception {
    start(engine);

    try (RawHttp connection = new RawHttp(served.base())) {
      connection.send(("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
          + "{\"data\":{\"te").getBytes(StandardCharsets.UTF_8));
      connection.shutdownOutput(); // the client gives up mid-body

      RawHttp.Response response = connection.read();
      if (response != null) { // the servlet container reports the early end as a bad request
        assertEquals(400, response.status(), response.body());
        assertFalse(response.body().toLowerCase().contains("<html"), response.body());
      }
    }
  }

  @OnEveryEngine
  void aContentLengthShorterThanTheBodyIsMalformedJsonAndTheRestIsNeverTakenForARequest(Engine engine)
      throws Exception {
    start(engine);
    byte[] body = "{\"data\":{\"text\":\"x\"}}GET /echo HTTP/1.1\r\nHost: t\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] lying = RawHttp.concat(("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
        + "Content-Length: 12\r\n\r\n").getBytes(StandardCharsets.UTF_8), body);

    JsonNode error = jsonErrorThenClosed(served.base(), lying, 400, "INVALID_ARGUMENT");

    assertTrue(error.get("message").asText().startsWith("Malformed JSON"), error.toString());
  }

  @OnEveryEngine
  void invalidUtf8IsMalformedJson(Engine engine) throws Exception {
    start(engine);
    byte[] body = RawHttp.concat("{\"data\":{\"text\":\"".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3}, "\"}}".getBytes(StandardCharsets.UTF_8));

    JsonNode error = jsonErrorThenClosed(served.base(), RawHttp.post("/echo", body), 400, "INVALID_ARGUMENT");

    assertTrue(error.get("message").asText().contains("UTF-8"), error.toString());
  }

  @OnEveryEngine
  void jsonNestedPastTheDepthLimitIsRefusedWithTheLimit(Engine engine) throws Exception {
    start(engine, ServerOptions.defaults().maxJsonDepth(8));
    String deep = "{\"data\":{\"text\":" + "[".repeat(7) + "]".repeat(7) + "}}"; // 9 levels
    String bomb = "{\"data\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";

    JsonNode error = jsonErrorThenClosed(served.base(), RawHttp.post("/echo", deep), 400, "INVALID_ARGUMENT");
    jsonErrorThenClosed(served.base(), RawHttp.post("/echo", bomb), 400, "INVALID_ARGUMENT");

    assertEquals("The request body's JSON nests deeper than the limit of 8 levels", error.get("message").asText());
    assertEquals(400, Http.post(served.uri("/echo"), "{\"data\":{\"text\":" + "[".repeat(6) + "]".repeat(6) + "}}")
        .statusCode(), "8 levels parse, and only the type refuses the array");
  }

  @OnEveryEngine
  void hugeNumbersAreInvalidArgumentsNotServerErrors(Engine engine) throws Exception {
    start(engine);
    String[] bodies = {
        "{\"data\":{\"n\":1e999999}}",
        "{\"data\":{\"n\":-1e999999}}",
        "{\"data\":{\"n\":123456789012345678901234567890}}",
        "{\"data\":{\"n\":" + "9".repeat(5000) + "}}",
        "{\"data\":{\"n\":0." + "1".repeat(5000) + "}}",
        "{\"data\":{\"n\":1e-999999}}",
    };
    for (String body : bodies) {
      JsonNode error = jsonErrorThenClosed(served.base(), RawHttp.post("/countdown", body), 400, "INVALID_ARGUMENT");
      assertNull(error.get("details") == null ? null : error.get("details").get("stack"), body);
    }
    jsonErrorThenClosed(served.base(), RawHttp.post("/sum", "{\"data\":[1, 1e400]}"), 400, "INVALID_ARGUMENT");
  }

  @OnEveryEngine
  void aHugeStringWithinTheBodyLimitIsServed(Engine engine) throws Exception {
    start(engine);
    String text = "é".repeat(400_000); // 800 KB of UTF-8, under the 1 MiB limit

    try (RawHttp connection = new RawHttp(served.base())) {
      RawHttp.Response response = connection.send(RawHttp.post("/echo", "{\"data\":{\"text\":\"" + text + "\"}}")).read();

      assertEquals(200, response.status());
      assertEquals(400_000, Http.json(response.body()).get("result").get("length").asInt());
    }
  }

  @OnEveryEngine
  void errorsNameWhatIsWrongWithTheInputNotTheServersClasses(Engine engine) throws Exception {
    start(engine);

    for (String body : new String[] {"{\"data\":{\"text\":{\"a\":1}}}", "{\"data\":\"text\"}"}) {
      JsonNode error = jsonErrorThenClosed(served.base(), RawHttp.post("/echo", body), 400, "INVALID_ARGUMENT");
      String message = error.get("message").asText();
      assertFalse(message.contains("java.") || message.contains("dev.flowdef") || message.contains("$"), message);
      assertTrue(message.contains("`String`") || message.contains("`Text`"), message);
    }
  }

  @OnEveryEngine
  void aKeyTwiceInOneObjectIsRefused(Engine engine) throws Exception {
    start(engine);

    JsonNode inData = jsonErrorThenClosed(served.base(),
        RawHttp.post("/echo", "{\"data\":{\"text\":\"checked\",\"text\":\"swapped\"}}"), 400, "INVALID_ARGUMENT");
    JsonNode inEnvelope = jsonErrorThenClosed(served.base(),
        RawHttp.post("/echo", "{\"data\":{\"text\":\"a\"},\"data\":{\"text\":\"b\"}}"), 400, "INVALID_ARGUMENT");

    assertTrue(inData.get("message").asText().contains("Duplicate field 'text'"), inData.toString());
    assertTrue(inEnvelope.get("message").asText().contains("Duplicate field 'data'"), inEnvelope.toString());
  }

  /** What the embedded engines refuse themselves (Jetty: an encoded slash is ambiguous) is still a JSON error. */
  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"EMBEDDED", "EMBEDDED_JETTY"})
  void aPathTheEngineRefusesGetsAJsonError(Engine engine) throws Exception {
    start(engine);

    try (RawHttp connection = new RawHttp(served.base())) {
      RawHttp.Response response = connection.send(RawHttp.post("/ec%2Fho", "{\"data\":{\"text\":\"x\"}}")).read();

      assertTrue(response.status() == 400 || response.status() == 404, response::toString);
      assertEquals("application/json", response.header("content-type"), response::toString);
      JsonNode error = Http.json(response.body()).get("error");
      assertEquals(response.status() == 400 ? "INVALID_ARGUMENT" : "NOT_FOUND", error.get("status").asText());
      assertTrue(error.get("message").isTextual(), response.body());
    }
  }

  @OnEveryEngine
  void oversizedHeadersCloseTheConnectionOrAreRefused(Engine engine) throws Exception {
    start(engine);

    try (RawHttp connection = new RawHttp(served.base())) {
      RawHttp.Response response;
      try {
        response = connection
            .send(RawHttp.post("/echo", "{\"data\":{\"text\":\"x\"}}", "X-Big: " + "a".repeat(200_000)))
            .read();
      } catch (SocketException e) {
        response = null; // closed while the headers were still going out: the client sees a reset
      }

      if (response != null) { // a servlet container answers 431 before the servlet sees the request
        assertEquals(431, response.status());
      }
    }
    try (RawHttp next = new RawHttp(served.base())) {
      assertEquals(200, next.send(RawHttp.post("/echo", "{\"data\":{\"text\":\"x\"}}")).read().status(),
          "the server serves the next connection");
    }
  }

  @OnEveryEngine
  void pipelinedRequestsAreAnsweredInOrder(Engine engine) throws Exception {
    start(engine);

    try (RawHttp connection = new RawHttp(served.base())) {
      connection.send(RawHttp.concat(
          RawHttp.post("/echo", "{\"data\":{\"text\":\"one\"}}"),
          RawHttp.post("/countdown", "{\"data\":{\"n\":2}}", "Accept: text/event-stream"),
          RawHttp.post("/echo", "{\"data\":{\"text\":\"three\"}}")));

      assertEquals("{\"result\":{\"text\":\"one\",\"length\":3}}", connection.read().body());
      assertEquals("data: {\"message\":{\"i\":0}}\n\ndata: {\"message\":{\"i\":1}}\n\n"
          + "data: {\"result\":{\"done\":true,\"count\":2}}\n\n", connection.read().body());
      assertEquals("{\"result\":{\"text\":\"three\",\"length\":5}}", connection.read().body());
    }
  }

  @OnEveryEngine
  void aBadRequestInAPipelineIsAnsweredAndEndsTheConnection(Engine engine) throws Exception {
    start(engine);

    jsonErrorThenClosed(served.base(), RawHttp.concat(
        RawHttp.post("/echo", "{\"data\":"),
        RawHttp.post("/echo", "{\"data\":{\"text\":\"never read\"}}")), 400, "INVALID_ARGUMENT");
  }
}
