package dev.flowdef.processor.validate;

import dev.flowdef.processor.Message;
import dev.flowdef.processor.Reporter;
import dev.flowdef.processor.model.FlowClass.Instantiation;
import dev.flowdef.processor.model.FlowMethod;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Checks that a generated binding can reach a flow's class and, for an instance method, hold an instance of it. */
public final class FlowClassValidator {
  private final Reporter reporter;

  public FlowClassValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether the method's class is fit for its binding; reports on the method if not. */
  boolean validate(ExecutableElement method) {
    TypeElement type = (TypeElement) method.getEnclosingElement();
    String methodName = method.getSimpleName().toString();
    for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.error(method, Message.PRIVATE_CLASS, methodName, ((TypeElement) enclosing).getQualifiedName());
        return false;
      }
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return true;
    }
    Optional<String> problem = instanceProblem(type);
    problem.ifPresent(why -> reporter.error(method, Message.NOT_INSTANTIABLE, methodName, why));
    return problem.isEmpty();
  }

  /** How the binding of {@code type}, whose valid flows are {@code flows}, gets an instance. */
  public static Instantiation instantiation(TypeElement type, List<FlowMethod> flows) {
    if (flows.stream().allMatch(FlowMethod::isStatic)) {
      return Instantiation.NONE;
    }
    boolean noArgConstructor =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
    return noArgConstructor ? Instantiation.NO_ARG_CONSTRUCTOR : Instantiation.GIVEN;
  }

  private static Optional<String> instanceProblem(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (type.getKind() == ElementKind.INTERFACE) {
      return Optional.of(name + " is an interface, which the binding cannot create");
    }
    if (type.getKind() == ElementKind.ENUM) {
      return Optional.of(name + " is an enum, whose instances the binding cannot create");
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of(name + " is abstract, so the binding cannot create it");
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of(name + " is an inner class, which needs an enclosing instance; declare it static");
    }
    boolean constructible =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(c -> !c.getModifiers().contains(Modifier.PRIVATE));
    if (!constructible) {
      return Optional.of("every constructor of " + name + " is private, so the binding cannot create it");
    }
    return Optional.empty();
  }
}
