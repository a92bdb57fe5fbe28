package dev.flowdef.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * One HTTP request and its response as an HTTP engine presents them to {@link FlowHandler}, so the flow protocol is
 * written once and each engine (the embedded server, the Servlet adapter) only translates. Implementations are used
 * by one thread at a time; the engine completes the response after {@link FlowHandler#handle} returns.
 */
public interface Exchange {

  /** The request method, upper-case as sent ({@code POST}). */
  String method();

  /** The path the protocol routes on, not decoded: the request path, or for a servlet the path within its mapping. */
  String path();

  /** The raw query string, or {@code null} when the request has none. */
  String query();

  /** The first value of a request header, {@code null} when absent; {@code name} is matched ignoring case. */
  String header(String name);

  /** Every request header, names lower-cased, repeated values joined by a space as Genkit does. */
  Map<String, String> headers();

  /** The declared length of the request body, or -1 when the request does not declare it (chunked). */
  long contentLength();

  /** The request body; the handler reads at most the configured limit from it. */
  InputStream requestBody() throws IOException;

  /** Sets a response header; only before {@link #respond} or {@link #startStream}. */
  void setHeader(String name, String value);

  /** Sends the status, the headers set so far and {@code body} (empty for none) as the whole response. */
  void respond(int status, byte[] body) throws IOException;

  /**
   * Sends the status and the headers set so far for a body of unknown length, and returns the body's stream: each
   * {@code flush()} must put what was written on the wire, and a write to a client that went away must fail.
   */
  OutputStream startStream(int status) throws IOException;
}
