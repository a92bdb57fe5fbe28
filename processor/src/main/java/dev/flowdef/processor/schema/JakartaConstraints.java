package dev.flowdef.processor.schema;

import dev.flowdef.processor.types.Annotations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * Jakarta Validation constraints (and their {@code javax.validation} forebears) as JSON Schema keywords, for the
 * JSON types they constrain. {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} reject {@code null}, so they
 * also make a property required. {@code @Pattern} matches the whole string, as Jakarta does, so it is anchored.
 */
final class JakartaConstraints implements SchemaFamily {
  private static final List<String> PACKAGES =
      List.of("jakarta.validation.constraints", "javax.validation.constraints");

  @Override
  public void property(PropertySchema property) {
    if (present(property, "NotNull") || present(property, "NotBlank") || present(property, "NotEmpty")) {
      property.required(true);
      property.nullable(false);
    }
    Map<String, Object> value = property.value();
    String type = property.jsonType();
    if (type == null) {
      return; // a record, an enum or a union: none of these constraints apply to them
    }
    boolean numeric = type.equals("integer") || type.equals("number");
    String minSize = sizeKeyword(type, true);
    String maxSize = sizeKeyword(type, false);
    if (present(property, "NotBlank") && type.equals("string")) {
      atLeast(value, "minLength", BigDecimal.ONE);
      addPattern(value, "\\S");
    }
    if (present(property, "NotEmpty") && minSize != null) {
      atLeast(value, minSize, BigDecimal.ONE);
    }
    find(property, "Size").filter(size -> minSize != null).ifPresent(size -> {
      int min = ((Number) Annotations.value(size, "min")).intValue();
      int max = ((Number) Annotations.value(size, "max")).intValue();
      if (min > 0) {
        atLeast(value, minSize, BigDecimal.valueOf(min));
      }
      if (max < Integer.MAX_VALUE) {
        atMost(value, maxSize, BigDecimal.valueOf(max));
      }
    });
    if (numeric) {
      find(property, "Min").ifPresent(min -> atLeast(value, "minimum", number(Annotations.value(min, "value"))));
      find(property, "Max").ifPresent(max -> atMost(value, "maximum", number(Annotations.value(max, "value"))));
      find(property, "DecimalMin").ifPresent(min -> bound(value, min, true));
      find(property, "DecimalMax").ifPresent(max -> bound(value, max, false));
      if (present(property, "Positive")) {
        value.put("exclusiveMinimum", BigInteger.ZERO);
      }
      if (present(property, "PositiveOrZero")) {
        atLeast(value, "minimum", BigDecimal.ZERO);
      }
      if (present(property, "Negative")) {
        value.put("exclusiveMaximum", BigInteger.ZERO);
      }
      if (present(property, "NegativeOrZero")) {
        atMost(value, "maximum", BigDecimal.ZERO);
      }
    }
    if (type.equals("string")) {
      find(property, "Pattern").ifPresent(
          pattern -> addPattern(value, "^(?:" + Annotations.string(pattern, "regexp") + ")$"));
      if (present(property, "Email")) {
        value.put("format", "email");
      }
    }
  }

  /** {@code @DecimalMin} / {@code @DecimalMax}: inclusive by default, exclusive with {@code inclusive = false}. */
  private static void bound(Map<String, Object> value, AnnotationMirror annotation, boolean lower) {
    BigDecimal limit = new BigDecimal(Annotations.string(annotation, "value"));
    if (Boolean.FALSE.equals(Annotations.value(annotation, "inclusive"))) {
      value.put(lower ? "exclusiveMinimum" : "exclusiveMaximum", json(limit));
    } else if (lower) {
      atLeast(value, "minimum", limit);
    } else {
      atMost(value, "maximum", limit);
    }
  }

  private static String sizeKeyword(String type, boolean min) {
    return switch (type) {
      case "string" -> min ? "minLength" : "maxLength";
      case "array" -> min ? "minItems" : "maxItems";
      case "object" -> min ? "minProperties" : "maxProperties";
      default -> null;
    };
  }

  /** Raises a lower bound the type may already have (an int's, say), never lowers it. */
  private static void atLeast(Map<String, Object> value, String keyword, BigDecimal limit) {
    Object existing = value.get(keyword);
    if (existing == null || limit.compareTo(new BigDecimal(existing.toString())) > 0) {
      value.put(keyword, json(limit));
    }
  }

  private static void atMost(Map<String, Object> value, String keyword, BigDecimal limit) {
    Object existing = value.get(keyword);
    if (existing == null || limit.compareTo(new BigDecimal(existing.toString())) < 0) {
      value.put(keyword, json(limit));
    }
  }

  /** A second pattern cannot share the keyword, so it goes into {@code allOf}. */
  @SuppressWarnings("unchecked") // allOf is only ever written here, as a list of schemas
  private static void addPattern(Map<String, Object> value, String pattern) {
    if (!value.containsKey("pattern")) {
      value.put("pattern", pattern);
      return;
    }
    List<Object> allOf = (List<Object>) value.computeIfAbsent("allOf", key -> new ArrayList<>());
    allOf.add(Map.of("pattern", pattern));
  }

  private static Object json(BigDecimal number) {
    BigDecimal plain = number.stripTrailingZeros();
    return plain.scale() <= 0 ? plain.toBigIntegerExact() : plain;
  }

  private static BigDecimal number(Object value) {
    return new BigDecimal(value.toString());
  }

  private static Optional<AnnotationMirror> find(PropertySchema property, String simpleName) {
    return property.annotations().findIn(PACKAGES, simpleName);
  }

  private static boolean present(PropertySchema property, String simpleName) {
    return find(property, simpleName).isPresent();
  }
}
