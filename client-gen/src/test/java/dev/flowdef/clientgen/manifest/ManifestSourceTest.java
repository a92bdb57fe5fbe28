package dev.flowdef.clientgen.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a service's manifest is read from, and what is not a manifest. */
class ManifestSourceTest {

  @Test
  void aServicesUrlMeansItsWellKnownManifest() {
    assertEquals(URI.create("http://localhost:3400/.well-known/flowdef/flows.json"),
        ManifestSource.manifestUri(URI.create("http://localhost:3400")));
    assertEquals(URI.create("http://localhost:3400/.well-known/flowdef/flows.json"),
        ManifestSource.manifestUri(URI.create("http://localhost:3400/api/")));
  }

  @Test
  void aJsonFilesUrlIsReadAsItIs() {
    assertEquals(URI.create("http://localhost:8080/static/menu-flows.json"),
        ManifestSource.manifestUri(URI.create("http://localhost:8080/static/menu-flows.json")));
  }

  @Test
  void refusesJsonThatIsNotAManifest() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Manifest.parse("{\"flows\": [{\"name\": \"1st\"}]}"));

    assertTrue(error.getMessage().contains("Not a flow name"), error.getMessage());
  }
}
