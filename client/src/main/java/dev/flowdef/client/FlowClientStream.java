package dev.flowdef.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The chunks of a streaming flow call as they arrive, then its output: iterate over the chunks once, then call
 * {@link #output()}. Closing the stream before the output arrived cancels the call: the connection is closed, and the
 * service cancels the flow.
 * <pre>{@code
 * try (FlowClientStream<String, MenuOutput> stream = client.streamMenuStream(input)) {
 *   for (String chunk : stream) {
 *     System.out.print(chunk);
 *   }
 *   MenuOutput output = stream.output();
 * }
 * }</pre>
 * A failure, sent by the service or of the connection, is thrown as a {@link FlowClientException} from the iteration
 * and from {@link #output()}.
 *
 * @param <C> the type of the chunks
 * @param <O> the type of the output
 */
public final class FlowClientStream<C, O> implements Iterable<C>, AutoCloseable {
  private final InputStream body;
  private final BufferedReader reader;
  private final ObjectMapper mapper;
  private final JavaType chunkType;
  private final JavaType outputType;
  private boolean iterated;
  private boolean hasChunk;
  private C chunk;
  private O output;
  private FlowClientException failure;
  private volatile boolean finished;
  private volatile boolean cancelled;

  FlowClientStream(InputStream body, ObjectMapper mapper, JavaType chunkType, JavaType outputType) {
    this.body = body;
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    this.mapper = mapper;
    this.chunkType = chunkType;
    this.outputType = outputType;
  }

  /** The chunks, each read as it arrives; once only, since they are not kept. */
  @Override
  public Iterator<C> iterator() {
    if (iterated) {
      throw new IllegalStateException("The chunks of a stream can be iterated once");
    }
    iterated = true;
    return new Iterator<C>() {
      @Override
      public boolean hasNext() {
        return advance();
      }

      @Override
      public C next() {
        if (!advance()) {
          throw new NoSuchElementException();
        }
        C next = chunk;
        chunk = null;
        hasChunk = false;
        return next;
      }
    };
  }

  /**
   * The flow's output, once it arrives; chunks not read yet are skipped.
   *
   * @throws FlowClientException if the flow failed, the stream broke off, or the call was cancelled
   */
  public O output() {
    while (advance()) {
      chunk = null;
      hasChunk = false;
    }
    return output;
  }

  /** Cancels the call: closes the connection, so the service cancels the flow. Any thread may call it. */
  public void cancel() {
    cancelled = true;
    try {
      body.close();
    } catch (IOException e) {
      // closing is all that was wanted: the connection is gone either way
    }
  }

  /** Cancels the call, unless its output or error arrived. */
  @Override
  public void close() {
    if (!finished) {
      cancel();
    }
  }

  /** Reads up to the next chunk: true when there is one, false once the output arrived. */
  private boolean advance() {
    if (hasChunk) {
      return true;
    }
    if (!finished) {
      try {
        JsonNode frame = nextFrame();
        if (frame != null && frame.has("message")) {
          chunk = convert(frame.get("message"), chunkType);
          hasChunk = true;
          return true;
        }
        if (frame == null) {
          failure = brokenOff(null);
        } else if (frame.has("result")) {
          output = outputType == null ? null : convert(frame.get("result"), outputType);
        } else if (frame.path("error").isObject()) {
          failure = FlowClientException.fromError(frame.get("error"), 0);
        } else {
          failure = new FlowClientException("UNKNOWN", "The stream sent a frame of no known kind: " + frame, null, 0,
              null);
        }
      } catch (FlowClientException e) {
        failure = e;
      }
      finished = true;
      cancel();
    }
    if (failure != null) {
      throw failure;
    }
    return false;
  }

  /**
   * The JSON of the next frame: its {@code data:} lines (or {@code error:}, as Genkit's own server writes errors) up
   * to a blank line; {@code null} at the end of the body.
   */
  private JsonNode nextFrame() {
    StringBuilder data = new StringBuilder();
    boolean started = false;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          if (started) {
            return mapper.readTree(data.toString());
          }
          continue;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        if (field.equals("data") || field.equals("error")) {
          String value = line.substring(colon + 1);
          data.append(started ? "\n" : "").append(value.startsWith(" ") ? value.substring(1) : value);
          started = true;
        }
      }
      return started ? mapper.readTree(data.toString()) : null;
    } catch (IOException e) {
      throw brokenOff(e);
    }
  }

  private FlowClientException brokenOff(IOException cause) {
    if (cancelled) {
      return new FlowClientException("CANCELLED", "The call was cancelled", null, 0, cause);
    }
    return new FlowClientException("UNAVAILABLE", "The stream ended before the flow's output", null, 0, cause);
  }

  private <T> T convert(JsonNode value, JavaType type) {
    try {
      return mapper.readerFor(type).readValue(value);
    } catch (IOException e) {
      throw new FlowClientException("UNKNOWN",
          "The service sent a value that is not a " + type + ": " + e.getMessage(), null, 0, e);
    }
  }
}
