package dev.flowdef.bench.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The two flows with Genkit's envelope, written by hand: {@code {"data": input}} in, {@code {"result": output}} out
 * with the trace-id headers, or with {@code Accept: text/event-stream} an {@link SseEmitter} sending
 * {@code data: {"message": chunk}} frames then the result frame.
 */
@RestController
class FlowController {
  private final ObjectMapper mapper;
  private final ExecutorService streams = Executors.newCachedThreadPool();

  FlowController(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  record Envelope<T>(T data) {}

  record MenuSuggestionInput(String theme) {}

  record ChunksInput(int count) {}

  record ChunksOutput(int count) {}

  @PostMapping(path = "/menuSuggestion", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> menuSuggestion(@RequestBody Envelope<MenuSuggestionInput> body) {
    return ResponseEntity.ok().headers(traceHeaders()).body(Map.of("result", Kitchen.dishFor(body.data().theme())));
  }

  @PostMapping(path = "/streamChunks")
  ResponseEntity<?> streamChunks(
      @RequestBody Envelope<ChunksInput> body, @RequestHeader(value = "Accept", required = false) String accept) {
    int count = body.data().count();
    if (accept == null || !accept.contains("text/event-stream")) {
      return ResponseEntity.ok().headers(traceHeaders()).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("result", new ChunksOutput(count)));
    }
    SseEmitter emitter = new SseEmitter(0L);
    streams.execute(() -> {
      try {
        for (int i = 0; i < count; i++) {
          emitter.send(frame("message", "chunk " + i));
        }
        emitter.send(frame("result", new ChunksOutput(count)));
        emitter.complete();
      } catch (IOException | RuntimeException e) {
        emitter.completeWithError(e);
      }
    });
    return ResponseEntity.ok().headers(traceHeaders()).header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no").contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
  }

  /** Genkit's client expects {@code data: } with a space, which SseEmitter's {@code data:} lacks. */
  private SseEmitter.SseEventBuilder frame(String key, Object value) throws JsonProcessingException {
    return SseEmitter.event().data(" " + mapper.writeValueAsString(Map.of(key, value)));
  }

  private static HttpHeaders traceHeaders() {
    HttpHeaders headers = new HttpHeaders();
    HexFormat hex = HexFormat.of();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    headers.set("x-genkit-trace-id", hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()));
    headers.set("x-genkit-span-id", hex.toHexDigits(random.nextLong()));
    return headers;
  }
}
