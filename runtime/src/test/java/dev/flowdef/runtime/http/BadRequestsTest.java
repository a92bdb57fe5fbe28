package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Flowdef's choice 5: requests that never reach a flow get the same JSON error body, never HTML. */
class BadRequestsTest extends EngineTestSupport {

  @OnEveryEngine
  void malformedJsonIsInvalidArgument(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    JsonNode error = assertError(Http.post(served.uri("/echo"), "{\"data\":"), 400, "INVALID_ARGUMENT");

    assertTrue(error.get("message").asText().startsWith("Malformed JSON"), error.toString());
  }

  @OnEveryEngine
  void trailingGarbageIsMalformedJson(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    assertError(Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"x\"}} x"), 400, "INVALID_ARGUMENT");
  }

  @OnEveryEngine
  void aBodyWithoutDataIsInvalidArgumentForAFlowThatTakesInput(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    // The bodies of transcripts 05b, 05c, 06d and 06e.
    for (String body : new String[] {"{}", "{\"data\":null}", "", "[1,2]", "\"text\""}) {
      JsonNode error = assertError(Http.post(served.uri("/echo"), body), 400, "INVALID_ARGUMENT");
      assertTrue(error.get("message").asText().contains("'data'"), body + " -> " + error);
    }
  }

  @OnEveryEngine
  void dataThatDoesNotFitTheInputTypeIsInvalidArgumentWithItsPath(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    JsonNode error =
        assertError(Http.post(served.uri("/echo"), "{\"data\":{\"text\":{\"a\":1}}}"), 400, "INVALID_ARGUMENT");

    JsonNode errors = error.get("details").get("errors");
    assertEquals(1, errors.size(), error.toString());
    assertEquals("text", errors.get(0).get("path").asText());
  }

  @OnEveryEngine
  void anUnknownFlowIsNotFound(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    assertError(Http.post(served.uri("/nope"), "{\"data\":1}"), 404, "NOT_FOUND");
    assertError(Http.post(served.uri("/echo/more"), "{\"data\":1}"), 404, "NOT_FOUND");
    assertError(Http.post(served.uri("/"), "{\"data\":1}"), 404, "NOT_FOUND");
  }

  @OnEveryEngine
  void aWrongMethodIsMethodNotAllowedWithAllowPost(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    for (String method : new String[] {"GET", "PUT", "DELETE", "OPTIONS"}) {
      HttpResponse<String> response = Http.send(HttpRequest.newBuilder(served.uri("/echo"))
          .timeout(Duration.ofSeconds(10))
          .method(method, HttpRequest.BodyPublishers.noBody()));

      assertError(response, 405, "UNIMPLEMENTED");
      assertEquals("POST", response.headers().firstValue("Allow").orElseThrow(), method);
    }
  }

  @OnEveryEngine
  void aBodyOverTheLimitIsTooLarge(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().maxBodyBytes(1000));
    String big = "{\"data\":{\"text\":\"" + "x".repeat(2000) + "\"}}";

    assertError(Http.post(served.uri("/echo"), big), 413, "RESOURCE_EXHAUSTED");
    assertEquals(200, Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"" + "x".repeat(900) + "\"}}")
        .statusCode());
  }

  @OnEveryEngine
  void aChunkedBodyOverTheLimitIsTooLarge(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().maxBodyBytes(1000));
    byte[] big = ("{\"data\":{\"text\":\"" + "x".repeat(5000) + "\"}}").getBytes(StandardCharsets.UTF_8);

    // A stream publisher has no known length, so the client sends the body chunked, without Content-Length.
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(served.uri("/echo"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertError(response, 413, "RESOURCE_EXHAUSTED");
  }

  @OnEveryEngine
  void aContentTypeOtherThanJsonIsUnsupported(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/xml"}) {
      assertError(Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"x\"}}", "Content-Type", type),
          415, "INVALID_ARGUMENT");
    }
  }

  @OnEveryEngine
  void noRefusalIsEverHtml(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    String raw = Http.raw(served.base(),
        "GET /nope HTTP/1.1\r\nHost: t\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

    assertTrue(raw.startsWith("HTTP/1.1 404"), raw);
    assertFalse(raw.toLowerCase().contains("<html"), raw);
    assertTrue(raw.endsWith("}}"), raw);
  }
}
