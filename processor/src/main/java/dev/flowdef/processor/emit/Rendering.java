package dev.flowdef.processor.emit;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Renders generated files to text on a thread beside javac's: JavaPoet writes one class's sources while javac's thread
 * goes on with the next class, and the last round's manifest and TypeScript modules are rendered while javac enters
 * the generated sources. In a fresh javac all of this is cold code, a good part of what the processor costs a build.
 *
 * <p>Only immutable values cross over (JavaPoet's specs, the manifest's plain values); javac's model and its
 * {@link Filer}, which are not thread-safe, stay on javac's thread, which writes each source through the Filer in the
 * order it was queued, so the output does not depend on the thread. One thread at most, started on demand and gone
 * after a second idle: a processor javac drops leaves nothing running.
 */
public final class Rendering {
  private final ExecutorService thread = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), task -> {
        Thread rendering = new Thread(task, "flowdef-rendering");
        rendering.setDaemon(true);
        return rendering;
      });
  private final List<QueuedSource> sources = new ArrayList<>();

  private record QueuedSource(Future<RenderedSource> rendered, Element reportOn) {}

  private record RenderedSource(JavaFile file, String text) {
    String name() {
      return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    }
  }

  /** Runs {@code work}, which must not touch javac's model, on the rendering thread. */
  public <T> Future<T> submit(Callable<T> work) {
    return thread.submit(work);
  }

  /**
   * Queues a source for {@link #writeSources}, building and rendering it meanwhile: {@code source} must not touch
   * javac's model. A failure is reported on {@code reportOn}.
   */
  public void queue(Callable<JavaFile> source, Element reportOn) {
    sources.add(new QueuedSource(thread.submit(() -> {
      JavaFile file = source.call();
      return new RenderedSource(file, withoutTrailingSpaces(file.toString()));
    }), reportOn));
  }

  /**
   * The text with no space at the end of a line: JavaPoet keeps the one before a line it wraps at an initializer
   * ({@code FLOW = \n    new FlowDescriptor<...>(}). Its string literals never span lines, so none is changed.
   */
  static String withoutTrailingSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int lineStart = 0;
    while (lineStart < text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int end = lineEnd;
      while (end > lineStart && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
      out.append(text, lineStart, end);
      if (newline < 0) {
        break;
      }
      out.append('\n');
      lineStart = newline + 1;
    }
    return out.toString();
  }

  /**
   * Writes the queued sources through the Filer, in order, as {@code JavaFile.writeTo(Filer)} would; each that fails
   * goes to {@code failure} with its element and a message.
   */
  public void writeSources(Filer filer, BiConsumer<Element, String> failure) {
    for (QueuedSource source : sources) {
      String name = "a source";
      try {
        RenderedSource rendered = result(source.rendered());
        name = rendered.name();
        try (Writer out = filer.createSourceFile(name,
            rendered.file().typeSpec().originatingElements().toArray(Element[]::new)).openWriter()) {
          out.write(rendered.text());
        }
      } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
        failure.accept(source.reportOn(), "could not write " + name + ": " + e);
      }
    }
    sources.clear();
  }

  /** The result of work submitted here; its exception, if it threw one, unwrapped. */
  public static <T> T result(Future<T> work) throws IOException {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
