package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Records with {@code java.time} and {@code Optional} components, which the processor accepts, go through the server
 * as the manifest's schemas describe them: dates, times and durations as ISO-8601 text, an absent optional as null.
 */
class JdkTypesTest extends EngineTestSupport {
  record Booking(String who, Instant at, LocalDate day, Duration length, Optional<String> note, OptionalInt seats) {}

  static final FlowDescriptor<Booking, Booking, Void> POSTPONE =
      new FlowDescriptor<>("postpone", "Moves a booking a day later.", Booking.class, Booking.class, Void.class);

  private Engine.Served serveBookings(Engine engine) throws Exception {
    FlowRegistry registry = FlowRegistry.builder()
        .register(Flow.of(POSTPONE, (in, ctx) -> CompletableFuture.completedFuture(new Booking(in.who(),
            in.at().plus(Duration.ofDays(1)), in.day().plusDays(1), in.length(), in.note().map(n -> n + " (moved)"),
            in.seats()))))
        .build();
    return serve(engine, ServerOptions.defaults(), registry);
  }

  @OnEveryEngine
  void javaTimeAndOptionalValuesAreReadAndWrittenAsText(Engine engine) throws Exception {
    Engine.Served served = serveBookings(engine);

    HttpResponse<String> response = Http.post(served.uri("/postpone"), "{\"data\":{\"who\":\"Ann\","
        + "\"at\":\"2026-11-21T19:30:00Z\",\"day\":\"2026-11-21\",\"length\":\"PT1H30M\",\"note\":\"by the window\","
        + "\"seats\":2}}");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"result\":{\"who\":\"Ann\",\"at\":\"2026-11-22T19:30:00Z\",\"day\":\"2026-11-22\","
        + "\"length\":\"PT1H30M\",\"note\":\"by the window (moved)\",\"seats\":2}}", response.body());
  }

  @OnEveryEngine
  void absentOptionalsAreReadAsEmptyAndWrittenAsNull(Engine engine) throws Exception {
    Engine.Served served = serveBookings(engine);

    HttpResponse<String> response = Http.post(served.uri("/postpone"), "{\"data\":{\"who\":\"Bo\","
        + "\"at\":\"2026-11-21T08:00:00Z\",\"day\":\"2026-11-21\",\"length\":\"PT45M\"}}");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"result\":{\"who\":\"Bo\",\"at\":\"2026-11-22T08:00:00Z\",\"day\":\"2026-11-22\","
        + "\"length\":\"PT45M\",\"note\":null,\"seats\":null}}", response.body());
  }
}
