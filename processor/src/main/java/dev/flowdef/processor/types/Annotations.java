package dev.flowdef.processor.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotations by name from annotation mirrors. Users' annotations (Jackson, Jakarta Validation, any
 * {@code Nullable}) are never on the processor's class path, so they are only ever known by their names.
 */
public final class Annotations {
  private final List<AnnotationMirror> mirrors;

  private Annotations(List<AnnotationMirror> mirrors) {
    this.mirrors = mirrors;
  }

  /** The annotations of one element. */
  public static Annotations on(Element element) {
    return new Annotations(List.copyOf(element.getAnnotationMirrors()));
  }

  /**
   * The annotations of a record component as Jackson and Jakarta Validation see them: on the component, on its
   * accessor (where annotations that do not target record components land), and on its type (type-use annotations).
   */
  public static Annotations on(RecordComponentElement component) {
    Set<String> seen = new LinkedHashSet<>();
    List<AnnotationMirror> all = new ArrayList<>();
    List<AnnotationMirror> candidates = new ArrayList<>(component.getAnnotationMirrors());
    if (component.getAccessor() != null) {
      candidates.addAll(component.getAccessor().getAnnotationMirrors());
    }
    candidates.addAll(component.asType().getAnnotationMirrors());
    for (AnnotationMirror mirror : candidates) {
      if (seen.add(name(mirror))) {
        all.add(mirror);
      }
    }
    return new Annotations(all);
  }

  /** The annotation with this qualified name, if present. */
  public Optional<AnnotationMirror> find(String qualifiedName) {
    for (AnnotationMirror mirror : mirrors) { // a loop: most elements have no annotation, and this runs per family
      if (name(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The first annotation with this simple name in any of the packages, if present. */
  public Optional<AnnotationMirror> findIn(List<String> packages, String simpleName) {
    if (mirrors.isEmpty()) {
      return Optional.empty();
    }
    for (String pkg : packages) {
      Optional<AnnotationMirror> found = find(pkg + "." + simpleName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Whether an annotation with this simple name, from any package, is present. */
  public boolean hasSimpleName(String simpleName) {
    return mirrors.stream()
        .anyMatch(m -> m.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName));
  }

  public boolean has(String qualifiedName) {
    return find(qualifiedName).isPresent();
  }

  /** The value written for {@code member}, or its default, or {@code null} if the annotation has no such member. */
  public static Object value(AnnotationMirror annotation, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue().getValue();
      }
    }
    for (Element element : annotation.getAnnotationType().asElement().getEnclosedElements()) {
      if (element instanceof ExecutableElement method && method.getSimpleName().contentEquals(member)) {
        AnnotationValue fallback = method.getDefaultValue();
        return fallback == null ? null : fallback.getValue();
      }
    }
    return null;
  }

  /** A string member's value, or "" if absent. */
  public static String string(AnnotationMirror annotation, String member) {
    Object value = value(annotation, member);
    return value == null ? "" : value.toString();
  }

  /** An array member's values (a single value counts as an array of one, as in Java source). */
  public static List<Object> values(AnnotationMirror annotation, String member) {
    Object value = value(annotation, member);
    List<Object> values = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        values.add(item instanceof AnnotationValue annotationValue ? annotationValue.getValue() : item);
      }
    } else if (value != null) {
      values.add(value);
    }
    return values;
  }

  private static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
