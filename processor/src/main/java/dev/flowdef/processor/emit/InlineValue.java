package dev.flowdef.processor.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A property value the generated code reads and writes itself, with the parser's and generator's own calls: strings,
 * booleans, {@code int}, {@code long} and {@code double}, boxed or not. On the one token Jackson's deserializer takes
 * the same way ({@code VALUE_STRING} for a string, {@code VALUE_NUMBER_INT} for an int, ...), the generated code
 * reads the value directly; on any other token it asks Jackson's deserializer, so coercions and errors stay Jackson's.
 */
enum InlineValue {
  STRING("VALUE_STRING", "p.getText()", null, "writeString", null),
  BOOLEAN(null, null, "Boolean", "writeBoolean", "writeBoolean"),
  INT("VALUE_NUMBER_INT", "p.getIntValue()", "Integer", "writeInteger", "writeNumber"),
  LONG("VALUE_NUMBER_INT", "p.getLongValue()", "Long", "writeLong", "writeNumber"),
  DOUBLE("VALUE_NUMBER_FLOAT", "p.getDoubleValue()", "Double", "writeDouble", "writeNumber");

  private static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");

  private final String token;
  private final String read;
  private final String boxed;
  private final String writeBoxed;
  private final String writePrimitive;

  InlineValue(String token, String read, String boxed, String writeBoxed, String writePrimitive) {
    this.token = token;
    this.read = read;
    this.boxed = boxed;
    this.writeBoxed = writeBoxed;
    this.writePrimitive = writePrimitive;
  }

  /** The inline kind of {@code type}, if the generated code handles it itself. */
  static Optional<InlineValue> of(TypeMirror type) {
    return Optional.ofNullable(switch (type.getKind()) {
      case BOOLEAN -> BOOLEAN;
      case INT -> INT;
      case LONG -> LONG;
      case DOUBLE -> DOUBLE;
      case DECLARED -> switch (((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()) {
        case "java.lang.String" -> STRING;
        case "java.lang.Boolean" -> BOOLEAN;
        case "java.lang.Integer" -> INT;
        case "java.lang.Long" -> LONG;
        case "java.lang.Double" -> DOUBLE;
        default -> null;
      };
      default -> null;
    });
  }

  /**
   * The expression that reads the current value: directly on the expected token, else with {@code deserializer}
   * (Jackson's, through {@code read}, which also gives {@code null} its meaning).
   */
  CodeBlock read(TypeMirror type, String deserializer) {
    CodeBlock fallback = CodeBlock.of("read(p, ctxt, $N)", deserializer);
    boolean primitive = type.getKind() != TypeKind.DECLARED;
    if (this == BOOLEAN) {
      CodeBlock yes = primitive ? CodeBlock.of("true") : CodeBlock.of("$T.TRUE", Boolean.class);
      CodeBlock no = primitive ? CodeBlock.of("false") : CodeBlock.of("$T.FALSE", Boolean.class);
      return CodeBlock.of("p.hasToken($T.VALUE_TRUE) ? $L : p.hasToken($T.VALUE_FALSE) ? $L : $L",
          JSON_TOKEN, yes, JSON_TOKEN, no, fallback);
    }
    // A boxed type is boxed on both sides, so a null from the fallback is never unboxed.
    CodeBlock direct = primitive || boxed == null ? CodeBlock.of(read)
        : CodeBlock.of("$T.valueOf($L)", ClassName.get("java.lang", boxed), read);
    return CodeBlock.of("p.hasToken($T.$L) ? $L : $L", JSON_TOKEN, token, direct, fallback);
  }

  /** The statement that writes {@code value}, {@code null} included for boxed types. */
  CodeBlock write(TypeMirror type, CodeBlock value) {
    return type.getKind() != TypeKind.DECLARED
        ? CodeBlock.of("gen.$L($L)", writePrimitive, value)
        : CodeBlock.of("$L(gen, $L)", writeBoxed, value);
  }
}
