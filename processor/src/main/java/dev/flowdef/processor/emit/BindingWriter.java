package dev.flowdef.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.flowdef.processor.model.FlowClass;
import dev.flowdef.processor.model.FlowClass.Instantiation;
import dev.flowdef.processor.model.FlowMethod;
import dev.flowdef.processor.model.RuntimeNames;
import dev.flowdef.processor.types.TypeLookup;
import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes the binding of one flow class: a {@code FlowDescriptor} constant per flow, a {@code flows()} method that binds
 * them, and a {@code call} method that calls each flow's method directly, by its index.
 *
 * <pre>{@code
 * public static final FlowDescriptor<MenuSuggestionInput, MenuItem, Void> MENU_SUGGESTION =
 *     new FlowDescriptor<MenuSuggestionInput, MenuItem, Void>("menuSuggestion", "Suggests a dish.",
 *         MenuSuggestionInput.class, MenuItem.class, Void.class);
 * ...
 * return Flow.dispatching(this::call, MENU_SUGGESTION);
 * ...
 * case 0 -> target.menuSuggestion((MenuSuggestionInput) input);
 * }</pre>
 *
 * Written for javac's speed, since it compiles every binding in every build: one switch rather than a lambda per flow
 * (javac attributes each lambda passed to a generic method speculatively: about 0.7 s on a module of 200 flows), and
 * no type inference in it, neither diamonds nor a generic call per case (measured with a javac plugin timing each
 * class's attribution, 200-flow module: 120 ms for the 20 bindings instead of 230).
 */
public final class BindingWriter {
  private static final String TARGET = "target";
  private static final String CALL = "call";
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName GENERATED = ClassName.bestGuess(RuntimeNames.GENERATED);

  private final TypeLiterals typeLiterals;
  private final Elements elements;
  private final TypeLookup generated;
  private final String processorName;

  public BindingWriter(Types types, Elements elements, String processorName) {
    this.typeLiterals = new TypeLiterals(types);
    this.elements = elements;
    this.generated = new TypeLookup(elements, GENERATED.canonicalName());
    this.processorName = processorName;
  }

  /**
   * The binding, handing the runtime the {@link JsonCodecWriter description} of the flows' codecs when it has one:
   * {@code codecsResource} names the resource beside the binding that holds it. What the binding needs of javac's
   * model is read here, on javac's thread; the task builds its specs from that alone, on any thread.
   */
  public Callable<JavaFile> write(FlowClass flowClass, Optional<String> codecsResource) {
    List<BoundFlow> flows = new ArrayList<>();
    for (FlowMethod flow : flowClass.flows()) {
      flows.add(new BoundFlow(flow.flowName(), flow.description(), flow.methodName(), flow.isStatic(),
          flow.inputParameter(), flow.contextParameter(), flow.async(),
          flow.output().isEmpty() && flow.element().getReturnType().getKind() == TypeKind.VOID,
          typeLiterals.typeArgument(flow.input()), typeLiterals.typeArgument(flow.output()),
          typeLiterals.typeArgument(flow.chunk()), typeLiterals.of(flow.input()), typeLiterals.of(flow.output()),
          typeLiterals.of(flow.chunk()), flow.timeout()));
    }
    Binding binding = new Binding(flowClass.bindingName(), flowClass.element(), ClassName.get(flowClass.element()),
        flowClass.element().getTypeParameters().size(), flowClass.instantiation(), packageTypeNames(flowClass),
        generated.visibleFrom(flowClass.element()), List.copyOf(flows), codecsResource);
    return () -> build(binding);
  }

  /** A flow class as its binding needs it: names, and the types JavaPoet names, read from javac's model. */
  private record Binding(
      ClassName name,
      TypeElement origin,
      ClassName declaring,
      int typeParameters,
      Instantiation instantiation,
      List<String> packageTypeNames,
      boolean generatedAvailable,
      List<BoundFlow> flows,
      Optional<String> codecsResource) {}

  /** A flow as its binding needs it: the type arguments of its descriptor, and the code of each type's literal. */
  private record BoundFlow(
      String flowName,
      String description,
      String methodName,
      boolean isStatic,
      boolean inputParameter,
      boolean contextParameter,
      boolean async,
      boolean returnsVoid,
      TypeName input,
      TypeName output,
      TypeName chunk,
      CodeBlock inputLiteral,
      CodeBlock outputLiteral,
      CodeBlock chunkLiteral,
      Optional<Duration> timeout) {}

  private JavaFile build(Binding binding) {
    TypeName target = targetType(binding);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(binding.name())
            .addOriginatingElement(binding.origin())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RuntimeNames.FLOW_BINDING)
            .addJavadoc(classJavadoc(binding));
    for (String name : binding.packageTypeNames()) {
      type.alwaysQualify(name); // one at a time: JavaPoet formats the whole array for each name it checks
    }
    if (binding.generatedAvailable()) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", processorName).build());
    }

    List<String> constants = constantNames(binding.flows());
    for (int i = 0; i < constants.size(); i++) {
      type.addField(descriptor(binding.flows().get(i), constants.get(i)));
    }
    if (binding.instantiation() != Instantiation.NONE) {
      type.addField(target, TARGET, Modifier.PRIVATE, Modifier.FINAL);
      if (binding.instantiation() == Instantiation.NO_ARG_CONSTRUCTOR) {
        type.addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("Binds the flows to a new {@link $T}.\n", binding.declaring())
                .addModifiers(Modifier.PUBLIC)
                .addStatement("this(new $L())", diamondOrRaw(binding))
                .build());
      }
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addJavadoc("Binds the flows to {@code $L}, for instances made by hand or by a DI container.\n", TARGET)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(target, TARGET)
              .addStatement("this.$L = $T.requireNonNull($L, $S)", TARGET, Objects.class, TARGET, TARGET)
              .build());
    }
    type.addMethod(flowsMethod(constants));
    if (!constants.isEmpty()) { // a class whose flows all failed validation still gets a binding, empty
      type.addMethod(callMethod(binding));
    }
    binding.codecsResource().ifPresent(resource -> addJsonCodecs(type, resource));
    type.addMethod(MethodSpec.methodBuilder("generatedFormat")
        .addJavadoc("The version of the runtime's contract this binding was generated for: the registry checks it"
            + " first.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $L", RuntimeNames.GENERATED_FORMAT)
        .build());

    return JavaFile.builder(binding.name().packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * {@code jsonCodecs()}, which links the description in the resource beside the class through this class's lookup,
   * so the runtime reaches records the flows' package alone can see. The binding opens the resource itself, as the
   * class its package belongs to.
   */
  private static void addJsonCodecs(TypeSpec.Builder type, String resource) {
    type.addMethod(MethodSpec.methodBuilder("jsonCodecs")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(LIST, RuntimeNames.JSON_CODEC))
        .addStatement("return $T.link($T.lookup(), getClass().getResourceAsStream($S))", RuntimeNames.JSON_CODEC,
            MethodHandles.class, resource)
        .build());
  }

  private static FieldSpec descriptor(BoundFlow flow, String constant) {
    TypeName type = ParameterizedTypeName.get(RuntimeNames.FLOW_DESCRIPTOR, flow.input(), flow.output(), flow.chunk());
    // A timeout is a sixth argument, only when set, so bindings without one read as before.
    CodeBlock timeout = flow.timeout()
        .map(duration -> CodeBlock.of(",\n$T.ofMillis($L)", Duration.class, duration.toMillis()))
        .orElse(CodeBlock.of(""));
    FieldSpec.Builder field =
        FieldSpec.builder(type, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer(
                "$>$>\nnew $T(\n$>$>$S,\n$S,\n$L,\n$L,\n$L$L)$<$<$<$<",
                type,
                flow.flowName(),
                flow.description(),
                flow.inputLiteral(),
                flow.outputLiteral(),
                flow.chunkLiteral(),
                timeout);
    field.addJavadoc("The {@code $L} flow$L\n", flow.flowName(),
        flow.description().isEmpty() ? "." : ": " + javadocSafe(flow.description()));
    return field.build();
  }

  private static MethodSpec flowsMethod(List<String> constants) {
    MethodSpec.Builder flows = MethodSpec.methodBuilder("flows")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(LIST, flowWildcard()));
    if (constants.isEmpty()) {
      return flows.addStatement("return $T.of()", LIST).build();
    }
    return flows.addStatement("return $T.dispatching(this::$L,$W$L)", RuntimeNames.FLOW, CALL,
            CodeBlock.join(constants.stream().map(constant -> CodeBlock.of("$L", constant)).toList(), ",$W"))
        .build();
  }

  /**
   * {@code call(index, input, context)}: a switch over the flows, each case calling its method with typed arguments.
   */
  private static MethodSpec callMethod(Binding binding) {
    CodeBlock.Builder cases = CodeBlock.builder();
    boolean unchecked = false;
    for (int i = 0; i < binding.flows().size(); i++) {
      BoundFlow flow = binding.flows().get(i);
      cases.add("case $L -> $L", i, invocation(binding, flow));
      unchecked |= flow.contextParameter() || (flow.inputParameter() && generic(flow.input()));
    }
    MethodSpec.Builder call = MethodSpec.methodBuilder(CALL)
        .addJavadoc("Calls the flow at {@code index} in {@link #flows()} with its input and context.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addParameter(int.class, "index")
        .addParameter(Object.class, "input")
        .addParameter(ParameterizedTypeName.get(ClassName.bestGuess(RuntimeNames.FLOW_CONTEXT),
            WildcardTypeName.subtypeOf(Object.class)), "context")
        .addException(Exception.class)
        .addCode("return switch (index) {\n$>$Ldefault -> throw new $T(index);\n$<};\n", cases.build(),
            IndexOutOfBoundsException.class);
    if (unchecked) {
      call.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "unchecked") // the input and context are the flow's, as its descriptor says
          .build());
    }
    return call.build();
  }

  /** Whether a cast from {@code Object} to the type is unchecked. */
  private static boolean generic(TypeName type) {
    return type instanceof ParameterizedTypeName
        || type instanceof ArrayTypeName array && generic(array.componentType());
  }

  /**
   * A case's body: calls the flow's method, yielding what it returns as {@code FlowDispatcher} takes it (a stage
   * marked pending); ends with its own line break.
   */
  private static CodeBlock invocation(Binding binding, BoundFlow flow) {
    List<CodeBlock> arguments = new ArrayList<>();
    if (flow.inputParameter()) {
      arguments.add(CodeBlock.of("($T) input", flow.input()));
    }
    if (flow.contextParameter()) {
      TypeName context = ParameterizedTypeName.get(ClassName.bestGuess(RuntimeNames.FLOW_CONTEXT), flow.chunk());
      arguments.add(CodeBlock.of("($T) context", context));
    }
    CodeBlock call =
        CodeBlock.of(
            "$L.$N($L)",
            flow.isStatic() ? CodeBlock.of("$T", binding.declaring()) : CodeBlock.of(TARGET),
            flow.methodName(),
            CodeBlock.join(arguments, ",$W"));
    if (flow.async()) {
      return CodeBlock.of("$T.pending($L);\n", RuntimeNames.FLOW_DISPATCHER, call);
    }
    if (flow.returnsVoid()) {
      return CodeBlock.of("{\n$>$L;\nyield null;\n$<}\n", call);
    }
    return CodeBlock.of("$L;\n", call);
  }

  /** {@code MENU_SUGGESTION} for {@code menuSuggestion}; a numeric suffix keeps clashing names apart. */
  private static List<String> constantNames(List<BoundFlow> flows) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (BoundFlow flow : flows) {
      String base = constantName(flow.flowName());
      String name = base;
      for (int suffix = 2; !taken.add(name); suffix++) {
        name = base + "_" + suffix;
      }
      names.add(name);
    }
    return names;
  }

  /**
   * A flow name ({@code [A-Za-z][A-Za-z0-9_-]*}) in capitals, words apart: an underscore for a dash, and before a
   * capital that follows a small letter or a digit.
   */
  private static String constantName(String flowName) {
    StringBuilder name = new StringBuilder(flowName.length() + 8);
    for (int i = 0; i < flowName.length(); i++) {
      char c = flowName.charAt(i);
      if (c >= 'A' && c <= 'Z' && i > 0 && isSmallLetterOrDigit(flowName.charAt(i - 1))) {
        name.append('_');
      }
      name.append(c == '-' ? '_' : Character.toUpperCase(c));
    }
    return name.toString();
  }

  private static boolean isSmallLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * The simple names the binding's package already gives its own types: a {@code String} or {@code Flow} there
   * would capture the unqualified name, so JavaPoet must qualify {@code java.lang.String} and the runtime's types.
   */
  private List<String> packageTypeNames(FlowClass flowClass) {
    List<String> names = new ArrayList<>();
    for (Element type : elements.getPackageOf(flowClass.element()).getEnclosedElements()) {
      names.add(type.getSimpleName().toString());
    }
    return List.copyOf(names);
  }

  private static TypeName targetType(Binding binding) {
    if (binding.typeParameters() == 0) {
      return binding.declaring();
    }
    TypeName[] wildcards = Collections.nCopies(binding.typeParameters(), WildcardTypeName.subtypeOf(Object.class))
        .toArray(TypeName[]::new);
    return ParameterizedTypeName.get(binding.declaring(), wildcards);
  }

  private static CodeBlock diamondOrRaw(Binding binding) {
    return binding.typeParameters() == 0
        ? CodeBlock.of("$T", binding.declaring()) : CodeBlock.of("$T<>", binding.declaring());
  }

  private static TypeName flowWildcard() {
    TypeName any = WildcardTypeName.subtypeOf(Object.class);
    return ParameterizedTypeName.get(RuntimeNames.FLOW, any, any, any);
  }

  private static CodeBlock classJavadoc(Binding binding) {
    ClassName declaring = binding.declaring();
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("The flows of {@link $T}, bound for Flowdef's runtime: a descriptor per flow, and the code that calls"
                + " it.\n", declaring);
    if (binding.instantiation() == Instantiation.GIVEN) {
      doc.add("\n<p>{@code $L} needs constructor arguments, so this binding is not discovered: register it with\n"
          + "{@code FlowRegistry.builder().register(new $L(instance))}.\n", declaring.simpleName(),
          binding.name().simpleName());
    }
    return doc.build();
  }

  /** Keeps a user's text from ending the Javadoc comment early. */
  private static String javadocSafe(String text) {
    return text.replace("*/", "*&#47;");
  }
}
