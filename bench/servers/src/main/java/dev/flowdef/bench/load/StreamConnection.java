package dev.flowdef.bench.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One kept-alive HTTP/1.1 connection that calls a streaming flow and times it as a client sees it: when the first
 * {@code data:} frame is complete, and when the response ends. It reads chunked or sized bodies and counts frames
 * by their blank-line ends, without decoding JSON, so the client costs the same whichever server answers.
 */
final class StreamConnection implements AutoCloseable {
  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  StreamConnection(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** What one stream took: nanoseconds to its first frame and to its end, and the frames it carried. */
  record Timing(long firstFrameNanos, long totalNanos, int frames, boolean endedWithResult) {}

  Timing call(String path, int count) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream(), 65_536);
      out = socket.getOutputStream();
    }
    byte[] body = ("{\"data\":{\"count\":" + count + "}}").getBytes(StandardCharsets.US_ASCII);
    String head = "POST " + path + "?count=" + count + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    long start = System.nanoTime();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    FrameCounter frames = new FrameCounter(start);
    String status = line();
    if (!status.startsWith("HTTP/1.1 200")) {
      throw new IOException("Stream answered " + status);
    }
    boolean chunked = false;
    long length = -1;
    boolean close = false;
    for (String header; !(header = line()).isEmpty(); ) {
      String lower = header.toLowerCase();
      if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("content-length:")) {
        length = Long.parseLong(header.substring(15).strip());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (chunked) {
      for (int size; (size = Integer.parseInt(line().split(";")[0].strip(), 16)) > 0; ) {
        frames.read(in, size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      frames.read(in, length);
    } else {
      frames.read(in, Long.MAX_VALUE);
      close = true;
    }
    long total = System.nanoTime() - start;
    if (close) {
      close();
    }
    return new Timing(frames.first - start, total, frames.count, frames.lastFrameIsResult);
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) {
        throw new IOException("Connection closed mid-response");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }

  /** Counts {@code data:} frames by their {@code \n\n} ends, noting when the first one completed. */
  private static final class FrameCounter {
    private static final byte[] RESULT = "data: {\"result\"".getBytes(StandardCharsets.US_ASCII);
    private final byte[] buffer = new byte[65_536];
    private long first;
    private int count;
    private int previous = -1;
    private int frameOffset;
    private boolean frameIsResult = true;
    private boolean lastFrameIsResult;

    FrameCounter(long start) {
      this.first = start;
    }

    void read(InputStream in, long bytes) throws IOException {
      while (bytes > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, bytes));
        if (n < 0) {
          if (bytes == Long.MAX_VALUE) {
            return;
          }
          throw new IOException("Connection closed mid-body");
        }
        bytes -= n;
        for (int i = 0; i < n; i++) {
          int b = buffer[i];
          if (frameOffset < RESULT.length) {
            frameIsResult &= b == RESULT[frameOffset];
          }
          frameOffset++;
          if (b == '\n' && previous == '\n') {
            if (count++ == 0) {
              first = System.nanoTime();
            }
            lastFrameIsResult = frameIsResult;
            frameOffset = 0;
            frameIsResult = true;
            b = -1;
          }
          previous = b;
        }
      }
    }
  }
}
