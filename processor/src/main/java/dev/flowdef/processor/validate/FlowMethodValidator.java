package dev.flowdef.processor.validate;

import dev.flowdef.processor.Message;
import dev.flowdef.processor.Reporter;
import dev.flowdef.processor.model.FlowMethod;
import dev.flowdef.processor.model.FlowShapes;
import dev.flowdef.processor.model.Javadoc;
import dev.flowdef.processor.model.RuntimeNames;
import dev.flowdef.processor.types.JsonType;
import dev.flowdef.processor.types.Problem;
import dev.flowdef.processor.types.TypeResolver;
import dev.flowdef.processor.types.UnresolvedTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Checks one {@code @FlowDef} method and, when it is valid, describes it as a {@link FlowMethod}. Every problem is
 * reported on the element it concerns, and checking goes on after the first, so one compile shows them all.
 */
public final class FlowMethodValidator {
  private static final Pattern FLOW_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final List<String> STAGES =
      List.of("java.util.concurrent.CompletionStage", "java.util.concurrent.CompletableFuture");

  private final Elements elements;
  private final Reporter reporter;
  private final FlowClassValidator classValidator;

  public FlowMethodValidator(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
    this.classValidator = new FlowClassValidator(reporter);
  }

  /**
   * The first type in the method's signature, or in the records it reaches, that javac could not resolve yet, if
   * any.
   */
  public static Optional<TypeMirror> unresolvedType(ExecutableElement method) {
    List<TypeMirror> signature = new ArrayList<>();
    signature.add(method.getReturnType());
    method.getParameters().forEach(parameter -> signature.add(parameter.asType()));
    return signature.stream().flatMap(type -> UnresolvedTypes.in(type).stream()).findFirst();
  }

  /**
   * The method as a flow, or empty after reporting why it is not a valid one; {@code types} describes its input,
   * output and chunk types.
   */
  public Optional<FlowMethod> validate(ExecutableElement method, TypeResolver types) {
    String methodName = method.getSimpleName().toString();
    boolean valid = classValidator.validate(method);
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.error(method, Message.PRIVATE_METHOD, methodName);
      valid = false;
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.error(method, Message.ABSTRACT_METHOD, methodName);
      valid = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(method, Message.GENERIC_METHOD, methodName);
      valid = false;
    }

    List<? extends VariableElement> parameters = method.getParameters();
    VariableElement inputParameter = null;
    VariableElement contextParameter = null;
    if (parameters.size() > 2) {
      reporter.error(parameters.get(2), Message.TOO_MANY_PARAMETERS, methodName, parameters.size(),
          capitalized(methodName));
      valid = false;
    } else if (parameters.size() == 2) {
      inputParameter = parameters.get(0);
      contextParameter = parameters.get(1);
      if (!isFlowContext(contextParameter.asType())) {
        reporter.error(contextParameter, Message.CONTEXT_PARAMETER, methodName, contextParameter.asType());
        valid = false;
        contextParameter = null;
      }
    } else if (parameters.size() == 1) {
      if (isFlowContext(parameters.get(0).asType())) {
        contextParameter = parameters.get(0);
      } else {
        inputParameter = parameters.get(0);
      }
    }

    Optional<TypeMirror> input = Optional.empty();
    Optional<JsonType> inputShape = Optional.empty();
    if (inputParameter != null && !isVoid(inputParameter.asType())) {
      input = Optional.of(inputParameter.asType());
      if (isFlowContext(inputParameter.asType())) {
        reporter.error(inputParameter, Message.INPUT_TYPE, methodName, inputParameter.asType(),
            "a FlowContext is the second parameter; the first is the input");
        valid = false;
      } else {
        inputShape = shape(types.resolve(input.get(), inputParameter, "The input of flow method '" + methodName
            + "'"));
        valid &= inputShape.isPresent();
      }
    }

    Optional<TypeMirror> chunk = Optional.empty();
    Optional<JsonType> chunkShape = Optional.empty();
    if (contextParameter != null) {
      Optional<TypeMirror> chunkType = chunkType(contextParameter.asType());
      if (chunkType.isEmpty()) {
        reporter.error(contextParameter, Message.CONTEXT_TYPE, methodName, contextParameter.asType());
        valid = false;
      } else if (!isVoid(chunkType.get())) {
        chunk = chunkType;
        chunkShape = shape(types.resolve(chunk.get(), contextParameter, "Each chunk of flow method '" + methodName
            + "'"));
        valid &= chunkShape.isPresent();
      }
    }

    TypeMirror returned = method.getReturnType();
    boolean async = isStage(returned);
    TypeMirror outputType = async ? stageValue(returned) : returned;
    Optional<TypeMirror> output = Optional.empty();
    Optional<JsonType> outputShape = Optional.empty();
    if (outputType == null) {
      reporter.error(method, Message.OUTPUT_TYPE, methodName, returned,
          "a CompletionStage needs its value type, for example CompletionStage<MenuItem>");
      valid = false;
    } else if (outputType.getKind() != TypeKind.VOID && !isVoid(outputType)) {
      output = Optional.of(outputType);
      outputShape = shape(types.resolve(outputType, method, "The output of flow method '" + methodName + "'"));
      valid &= outputShape.isPresent();
    }

    Optional<String> flowName = flowName(method);
    Optional<Optional<Duration>> timeout = timeout(method);
    if (!valid || flowName.isEmpty() || timeout.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FlowMethod(method, flowName.get(), description(method), inputParameter != null, input,
            contextParameter != null, chunk, output, async, new FlowShapes(inputShape, outputShape, chunkShape),
            timeout.get()));
  }

  /** The shape resolved, or empty after reporting every problem on the element it concerns. */
  private Optional<JsonType> shape(TypeResolver.Resolution resolution) {
    for (Problem problem : resolution.problems()) {
      reporter.error(problem.element(), problem.message(), problem.arguments().toArray());
    }
    return resolution.type();
  }

  /** The flow's name, or empty after reporting that it is not a URL path segment. */
  private Optional<String> flowName(ExecutableElement method) {
    AnnotationMirror annotation = flowDef(method);
    AnnotationValue value = explicitValue(annotation, "name");
    String name = value == null ? "" : (String) value.getValue();
    if (name.isEmpty()) {
      name = method.getSimpleName().toString();
      if (!FLOW_NAME.matcher(name).matches()) {
        reporter.error(method, Message.FLOW_NAME, name);
        return Optional.empty();
      }
    } else if (!FLOW_NAME.matcher(name).matches()) {
      reporter.error(method, annotation, value, Message.FLOW_NAME, name);
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /**
   * The flow's timeout (empty for the server's default), or empty after reporting, on the annotation's value, that
   * it is not a positive duration.
   */
  private Optional<Optional<Duration>> timeout(ExecutableElement method) {
    AnnotationMirror annotation = flowDef(method);
    AnnotationValue value = explicitValue(annotation, "timeout");
    if (value == null || ((String) value.getValue()).isBlank()) {
      return Optional.of(Optional.empty());
    }
    Optional<Duration> timeout = Timeouts.parse((String) value.getValue());
    if (timeout.isEmpty()) {
      reporter.error(method, annotation, value, Message.TIMEOUT, value.getValue(), method.getSimpleName());
      return Optional.empty();
    }
    return Optional.of(timeout);
  }

  private String description(ExecutableElement method) {
    AnnotationValue value = explicitValue(flowDef(method), "description");
    String description = value == null ? "" : ((String) value.getValue()).strip();
    return description.isEmpty() ? Javadoc.firstSentence(elements.getDocComment(method)) : description;
  }

  /** The {@code @FlowDef} annotation on {@code method}. */
  public static AnnotationMirror flowDef(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(RuntimeNames.FLOW_DEF)) {
        return annotation;
      }
    }
    throw new IllegalStateException(method + " has no @FlowDef");
  }

  /** The value written for {@code member}, or {@code null} if the default applies. */
  public static AnnotationValue explicitValue(AnnotationMirror annotation, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static boolean isFlowContext(TypeMirror type) {
    return hasName(type, RuntimeNames.FLOW_CONTEXT);
  }

  /** The chunk type a {@code FlowContext<C>} names, or empty if raw or a wildcard. */
  private static Optional<TypeMirror> chunkType(TypeMirror context) {
    List<? extends TypeMirror> arguments = ((DeclaredType) context).getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() == TypeKind.WILDCARD) {
      return Optional.empty();
    }
    return Optional.of(arguments.get(0));
  }

  private static boolean isStage(TypeMirror type) {
    return STAGES.stream().anyMatch(stage -> hasName(type, stage));
  }

  /** The value type of a {@code CompletionStage<T>}, or {@code null} if raw or a wildcard. */
  private static TypeMirror stageValue(TypeMirror stage) {
    List<? extends TypeMirror> arguments = ((DeclaredType) stage).getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() == TypeKind.WILDCARD) {
      return null;
    }
    return arguments.get(0);
  }

  private static boolean isVoid(TypeMirror type) {
    return hasName(type, "java.lang.Void");
  }

  private static boolean hasName(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
