package dev.flowdef.clientgen.java;

import com.palantir.javapoet.TypeName;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * A flow as the Java client declares it: its name, path and description, whether it streams, and the Java types of
 * its input, output and chunks (absent where it has none). From a manifest the types are generated ones; in the
 * processor they are the flow method's own.
 *
 * @param name the flow's name
 * @param path the flow's path under the base URL, without the leading slash
 * @param description what the flow does, or empty
 * @param streams whether the flow streams chunks
 * @param input the input's type
 * @param output the output's type
 * @param chunk the chunks' type
 */
public record JavaFlow(
    String name,
    String path,
    String description,
    boolean streams,
    Optional<TypeName> input,
    Optional<TypeName> output,
    Optional<TypeName> chunk) {

  /** A flow of the processor's compilation, typed with its method's own types. */
  public static JavaFlow compiled(String name, String description, Optional<TypeMirror> input,
      Optional<TypeMirror> output, Optional<TypeMirror> chunk, boolean streams) {
    return new JavaFlow(name, name, description, streams, input.map(JavaFlow::boxed), output.map(JavaFlow::boxed),
        chunk.map(JavaFlow::boxed));
  }

  private static TypeName boxed(TypeMirror type) {
    return TypeName.get(type).box();
  }
}
