package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** Flowdef's choices 1 and 2: {@code POST /<flow>} with {@code {"data": ...}} answers {@code {"result": ...}}. */
class FlowCallsTest extends EngineTestSupport {

  @OnEveryEngine
  void answersTheResultAsCompactJsonWithTraceHeaders(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"hello\"}}");

    // As transcript 01_echo_plain: the body is exactly {"result":<output>}, without a trailing newline.
    assertEquals(200, response.statusCode());
    assertEquals("{\"result\":{\"text\":\"hello\",\"length\":5}}", response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.headers().firstValue("x-genkit-trace-id").orElseThrow().matches("[0-9a-f]{32}"));
    assertTrue(response.headers().firstValue("x-genkit-span-id").orElseThrow().matches("[0-9a-f]{16}"));
  }

  @OnEveryEngine
  void eachCallHasItsOwnTraceId(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    String first = Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"a\"}}").headers()
        .firstValue("x-genkit-trace-id").orElseThrow();
    String second = Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"a\"}}").headers()
        .firstValue("x-genkit-trace-id").orElseThrow();

    assertFalse(first.equals(second), first);
  }

  @OnEveryEngine
  void ignoresOtherTopLevelKeysAndUnknownInputProperties(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response =
        Http.post(served.uri("/echo"), "{\"init\":{\"x\":1},\"data\":{\"text\":\"hi\",\"extra\":true},\"more\":2}");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"result\":{\"text\":\"hi\",\"length\":2}}", response.body());
  }

  @OnEveryEngine
  void passesUnicodeThroughUnescaped(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"héllo 🌍\"}}");

    // As transcript 01c, except that the length is Java's (UTF-16 units, like JavaScript's).
    assertEquals("{\"result\":{\"text\":\"héllo 🌍\",\"length\":8}}", response.body());
  }

  @OnEveryEngine
  void decodesGenericInputTypes(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> response = Http.post(served.uri("/sum"), "{\"data\":[1,2,3,4]}");

    assertEquals("{\"result\":10}", response.body());
  }

  @OnEveryEngine
  void aFlowWithoutInputAcceptsAnEmptyBodyOrNoData(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    assertEquals("{\"result\":{}}", Http.post(served.uri("/context"), "").body());
    assertEquals("{\"result\":{}}", Http.post(served.uri("/context"), "{}").body());
    assertEquals("{\"result\":{}}", Http.post(served.uri("/context"), "{\"data\":{\"ignored\":1}}").body());
  }

  @OnEveryEngine
  void servesFlowsUnderAPathPrefix(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().pathPrefix("/api"));

    HttpResponse<String> prefixed = Http.post(served.uri("/api/echo"), "{\"data\":{\"text\":\"x\"}}");
    HttpResponse<String> bare = Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"x\"}}");

    assertEquals(200, prefixed.statusCode(), prefixed.body());
    assertError(bare, 404, "NOT_FOUND");
  }

  @OnEveryEngine
  void acceptsAJsonContentTypeWithParametersOrNone(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> withCharset = Http.post(
        served.uri("/echo"), "{\"data\":{\"text\":\"x\"}}", "Content-Type", "application/json; charset=utf-8");
    String raw = Http.raw(served.base(),
        "POST /echo HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: 21\r\n\r\n{\"data\":{\"text\":\"x\"}}");

    assertEquals(200, withCharset.statusCode(), withCharset.body());
    assertTrue(raw.startsWith("HTTP/1.1 200"), raw);
    assertTrue(raw.endsWith("{\"result\":{\"text\":\"x\",\"length\":1}}"), raw);
  }
}
