package dev.flowdef.runtime.servlet;

import dev.flowdef.runtime.http.Exchange;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An {@link Exchange} over a servlet request and response. */
final class ServletExchange implements Exchange {
  private final HttpServletRequest request;
  private final HttpServletResponse response;

  ServletExchange(HttpServletRequest request, HttpServletResponse response) {
    this.request = request;
    this.response = response;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  /** The path within the servlet's mapping: the path info under {@code /x/*}, the servlet path under {@code /}. */
  @Override
  public String path() {
    String pathInfo = request.getPathInfo();
    return pathInfo != null ? pathInfo : request.getServletPath();
  }

  @Override
  public String query() {
    return request.getQueryString();
  }

  @Override
  public String header(String name) {
    return request.getHeader(name);
  }

  @Override
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name.toLowerCase(Locale.ROOT), String.join(" ", Collections.list(request.getHeaders(name))));
    }
    return headers;
  }

  @Override
  public long contentLength() {
    return request.getContentLengthLong();
  }

  @Override
  public InputStream requestBody() throws IOException {
    return request.getInputStream();
  }

  @Override
  public void setHeader(String name, String value) {
    response.setHeader(name, value);
  }

  @Override
  public void respond(int status, byte[] body) throws IOException {
    response.setStatus(status);
    response.setContentLength(body.length);
    if (body.length > 0) {
      try (OutputStream out = response.getOutputStream()) {
        out.write(body);
        // On the wire now: an answer written off the container's thread (a flow past its deadline that has not
        // returned) is otherwise held until the servlet returns.
        response.flushBuffer();
      }
    } else {
      response.flushBuffer();
    }
  }

  @Override
  public OutputStream startStream(int status) throws IOException {
    response.setStatus(status);
    OutputStream out = response.getOutputStream();
    response.flushBuffer(); // commit the headers now: the client learns the stream started before the first chunk
    return out;
  }
}
