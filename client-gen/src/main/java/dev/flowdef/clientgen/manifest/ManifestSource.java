package dev.flowdef.clientgen.manifest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a manifest comes from: a file, or a running service. A service's URL may name the manifest itself (a path
 * ending in {@code .json}), or just the service ({@code http://localhost:3400}), whose manifest is then read from the
 * well-known path at its root.
 */
public final class ManifestSource {
  /** Where a Flowdef service publishes its manifest. */
  public static final String WELL_KNOWN_PATH = "/.well-known/flowdef/flows.json";

  private ManifestSource() {}

  /**
   * Reads the manifest at {@code location}: an {@code http:} or {@code https:} URL, else a file path.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if what was read is not a flow manifest
   */
  public static Manifest read(String location) throws IOException {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      return fetch(URI.create(location));
    }
    return Manifest.parse(Files.readString(Path.of(location), StandardCharsets.UTF_8));
  }

  /** The URL of the manifest of the service at {@code service}: the well-known path unless a JSON file is named. */
  public static URI manifestUri(URI service) {
    String path = service.getRawPath();
    if (path != null && path.endsWith(".json")) {
      return service;
    }
    return service.resolve(WELL_KNOWN_PATH);
  }

  private static Manifest fetch(URI service) throws IOException {
    URI uri = manifestUri(service);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json").GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while reading the manifest at " + uri, e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("Could not read the manifest at " + uri + ": HTTP " + response.statusCode());
    }
    return Manifest.parse(response.body());
  }
}
