package dev.flowdef.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.runtime.Flow;
import dev.flowdef.runtime.FlowDescriptor;
import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.http.FlowServer;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A flow defined at run time, which the processor never saw, is described by victools, validated and published. */
@Timeout(30)
class RuntimeFlowSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
  @interface Nullable {}

  record Guest(String name, @Nullable String nickname, @Size(max = 3) List<String> allergies) {}

  private static final FlowDescriptor<Guest, String, Void> WELCOME =
      new FlowDescriptor<>("welcomeGuest", "Welcomes a guest.", Guest.class, String.class, Void.class);

  private static FlowRegistry registry() {
    return FlowRegistry.builder()
        .register(Flow.of(WELCOME, (guest, ctx) -> CompletableFuture.completedFuture("Welcome, " + guest.name())))
        .build();
  }

  @Test
  void theManifestOfARegistryDescribesItsFlowsDefinedAtRunTime() {
    FlowSchemas schemas = FlowManifest.of(registry()).schemas("welcomeGuest").orElseThrow();

    JsonNode input = schemas.input().orElseThrow();
    JsonNode type = resolved(input);
    assertEquals(List.of("allergies", "name"), sorted(type.path("required")), input.toString());
    assertEquals(3, type.path("properties").path("allergies").path("maxItems").asInt(), input.toString());
    assertTrue(type.path("properties").path("nickname").path("type").toString().contains("null"), input.toString());
    assertEquals("string", resolved(schemas.output().orElseThrow()).path("type").asText());
  }

  @Test
  void theServerValidatesAndPublishesThemLikeCompiledFlows() throws Exception {
    try (FlowServer server = FlowServer.builder(registry()).host("127.0.0.1").port(0).start()) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newHttpClient();

      HttpResponse<String> rejected = http.send(HttpRequest.newBuilder(URI.create(base + "/welcomeGuest"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{\"allergies\":[\"a\",\"b\",\"c\",\"d\"]}}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> manifest = http.send(
          HttpRequest.newBuilder(URI.create(base + "/.well-known/flowdef/flows.json")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(400, rejected.statusCode(), rejected.body());
      List<String> paths = new ArrayList<>();
      JSON.readTree(rejected.body()).path("error").path("details").path("errors")
          .forEach(error -> paths.add(error.path("path").asText()));
      assertTrue(paths.contains("allergies") && paths.contains("(root)"), rejected.body());
      assertEquals("welcomeGuest", JSON.readTree(manifest.body()).path("flows").get(0).path("name").asText());
    }
  }

  /** The schema a document's root {@code $ref} points to in its {@code $defs}, or the root itself. */
  private static JsonNode resolved(JsonNode document) {
    String ref = document.path("$ref").asText("");
    return ref.isEmpty() ? document : document.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static List<String> sorted(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    values.sort(null);
    return values;
  }
}
