package dev.flowdef.runtime.dev;

import dev.flowdef.runtime.http.Exchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An in-memory request for the fuzzer, recording the one answer the protocol gives it. */
final class FuzzExchange implements Exchange {
  private final String method;
  private final String path;
  private final String query;
  private final Map<String, String> headers;
  private final byte[] body;
  final Map<String, String> responseHeaders = new LinkedHashMap<>();
  final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
  int status;
  int answers;
  boolean streamed;

  FuzzExchange(String method, String path, String query, Map<String, String> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String query() {
    return query;
  }

  @Override
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  @Override
  public Map<String, String> headers() {
    return headers;
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
    responseHeaders.put(name.toLowerCase(Locale.ROOT), value);
  }

  @Override
  public void respond(int status, byte[] body) {
    this.status = status;
    answers++;
    responseBody.writeBytes(body);
  }

  @Override
  public OutputStream startStream(int status) {
    this.status = status;
    answers++;
    streamed = true;
    return responseBody;
  }
}
