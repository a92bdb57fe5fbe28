package dev.flowdef.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class that declares flows, and how its binding gets an instance of it.
 *
 * @param element the declaring class
 * @param flows its valid flow methods, in declaration order
 * @param instantiation how the binding obtains the instance its instance methods run on
 */
public record FlowClass(TypeElement element, List<FlowMethod> flows, Instantiation instantiation) {

  /** How a binding gets the instance its flows run on. */
  public enum Instantiation {
    /** Every flow is static: the binding needs no instance. */
    NONE,
    /** The class has a no-argument constructor the binding calls, and it also accepts an instance. */
    NO_ARG_CONSTRUCTOR,
    /** The class needs constructor arguments: the binding accepts an instance and is registered by hand. */
    GIVEN
  }

  /** The generated binding: {@code MenuFlows_Flows} for {@code MenuFlows}, {@code Outer_Inner_Flows} when nested. */
  public ClassName bindingName() {
    ClassName declaring = ClassName.get(element);
    return ClassName.get(declaring.packageName(), String.join("_", declaring.simpleNames()) + "_Flows");
  }


  /** Whether the runtime can create the binding itself, so it belongs in {@code META-INF/services}. */
  public boolean discoverable() {
    return instantiation != Instantiation.GIVEN;
  }
}
