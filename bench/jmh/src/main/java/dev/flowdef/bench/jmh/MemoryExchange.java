package dev.flowdef.bench.jmh;

import dev.flowdef.runtime.http.Exchange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A request served from memory, its response counted and dropped, so a benchmark times the protocol and not a socket.
 */
final class MemoryExchange implements Exchange {
  private final String path;
  private final byte[] body;
  private final boolean streaming;
  long bytesWritten;
  int status;

  MemoryExchange(String path, byte[] body, boolean streaming) {
    this.path = path;
    this.body = body;
    this.streaming = streaming;
  }

  @Override
  public String method() {
    return "POST";
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String query() {
    return null;
  }

  @Override
  public String header(String name) {
    return switch (name.toLowerCase()) {
      case "content-type" -> "application/json";
      case "accept" -> streaming ? "text/event-stream" : "*/*";
      default -> null;
    };
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("content-type", "application/json");
  }

  @Override
  public long contentLength() {
    return body.length;
  }

  @Override
  public InputStream requestBody() {
    return new ByteArrayInputStream(body);
  }

  @Override
  public void setHeader(String name, String value) {
    // headers are not kept
  }

  @Override
  public void respond(int status, byte[] body) {
    this.status = status;
    bytesWritten += body.length;
  }

  @Override
  public OutputStream startStream(int status) {
    this.status = status;
    return new OutputStream() {
      @Override
      public void write(int b) {
        bytesWritten++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytesWritten += len;
      }
    };
  }
}
