package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** CORS: off by default; one option allows origins, whose preflight requests are answered. */
class CorsTest extends EngineTestSupport {
  private static final String PREFLIGHT = "OPTIONS /echo HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
      + "Origin: %s\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n\r\n";

  @OnEveryEngine
  void isOffByDefault(Engine engine) throws Exception {
    Engine.Served served = serve(engine);

    HttpResponse<String> call =
        Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"x\"}}", "Origin", "http://example.test");
    String preflight = Http.raw(served.base(), PREFLIGHT.formatted("http://example.test"));

    assertEquals(200, call.statusCode());
    assertTrue(call.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertTrue(preflight.startsWith("HTTP/1.1 405"), preflight);
    assertTrue(!preflight.toLowerCase().contains("access-control-allow-origin"), preflight);
  }

  @OnEveryEngine
  void answersThePreflightOfAnAllowedOrigin(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().corsOrigins("http://example.test"));

    String preflight = Http.raw(served.base(), PREFLIGHT.formatted("http://example.test")).toLowerCase();

    assertTrue(preflight.startsWith("http/1.1 204"), preflight);
    assertTrue(preflight.contains("access-control-allow-origin: http://example.test"), preflight);
    assertTrue(preflight.contains("access-control-allow-methods: post"), preflight);
    assertTrue(preflight.contains("access-control-allow-headers: content-type"), preflight);
  }

  @OnEveryEngine
  void letsAnAllowedOriginReadResultsAndTraceIds(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().corsOrigins("http://example.test"));

    HttpResponse<String> call =
        Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"x\"}}", "Origin", "http://example.test");

    assertEquals("http://example.test", call.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(call.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("x-genkit-trace-id"));
  }

  @OnEveryEngine
  void refusesOtherOrigins(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().corsOrigins("http://example.test"));

    HttpResponse<String> call =
        Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"x\"}}", "Origin", "http://evil.test");
    String preflight = Http.raw(served.base(), PREFLIGHT.formatted("http://evil.test"));

    assertTrue(call.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertTrue(preflight.startsWith("HTTP/1.1 403"), preflight);
    assertTrue(!preflight.toLowerCase().contains("access-control-allow-origin"), preflight);
  }

  @OnEveryEngine
  void allowsAnyOriginWithAStar(Engine engine) throws Exception {
    Engine.Served served = serve(engine, ServerOptions.defaults().corsOrigins("*"));

    HttpResponse<String> call =
        Http.post(served.uri("/echo"), "{\"data\":{\"text\":\"x\"}}", "Origin", "http://anywhere.test");

    assertEquals("*", call.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
  }
}
