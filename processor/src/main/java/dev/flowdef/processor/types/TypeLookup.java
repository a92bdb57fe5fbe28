package dev.flowdef.processor.types;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.Elements;

/**
 * Whether a type, by name, is there for code beside an element: looked up in that element's module alone, once per
 * module. {@code Elements.getTypeElement(name)} looks in every module javac knows, the JDK's seventy-odd too, so as to
 * report a name two of them declare: some milliseconds for a name it does not find.
 */
public final class TypeLookup {
  private final Elements elements;
  private final String name;
  private final Map<ModuleElement, Boolean> byModule = new HashMap<>();

  public TypeLookup(Elements elements, String name) {
    this.elements = elements;
    this.name = name;
  }

  /** Whether code in {@code from}'s module can use the type. */
  public boolean visibleFrom(Element from) {
    ModuleElement module = elements.getModuleOf(from);
    if (module == null) { // no modules: source 8
      return elements.getTypeElement(name) != null;
    }
    return byModule.computeIfAbsent(module, m -> elements.getTypeElement(m, name) != null);
  }
}
