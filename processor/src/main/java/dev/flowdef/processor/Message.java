package dev.flowdef.processor;

/**
 * Every diagnostic the processor reports, each with a stable id (shown in brackets, so users and tests can search for
 * it) and a hint that says what to write instead. Arguments fill the {@code %s} of the text in order.
 */
public enum Message {
  PRIVATE_METHOD("FLOWDEF-PRIVATE-METHOD", "Flow method '%s' is private, so the generated binding cannot call it",
      "make it package-private or public"),
  ABSTRACT_METHOD("FLOWDEF-ABSTRACT-METHOD", "Flow method '%s' is abstract and has no body to run",
      "give it a body, or put @FlowDef on the implementing method"),
  GENERIC_METHOD("FLOWDEF-GENERIC-METHOD", "Flow method '%s' declares type parameters, so its input and output types "
      + "are unknown at compile time", "replace the type parameters with concrete types, for example a record"),
  TOO_MANY_PARAMETERS("FLOWDEF-TOO-MANY-PARAMETERS", "Flow method '%s' takes %s parameters; a flow takes at most an "
      + "input and a FlowContext", "wrap the inputs in one record: record %sInput(...)"),
  CONTEXT_PARAMETER("FLOWDEF-CONTEXT-PARAMETER", "The second parameter of flow method '%s' is a %s; only a "
      + "dev.flowdef.runtime.FlowContext may follow the input",
      "declare it as FlowContext<C>, with C the chunk type (FlowContext<Void> if the flow does not stream)"),
  CONTEXT_TYPE("FLOWDEF-CONTEXT-TYPE", "The FlowContext of flow method '%s' must name its chunk type, not '%s'",
      "write FlowContext<String> (or another chunk type), or FlowContext<Void> if the flow does not stream"),
  INPUT_TYPE("FLOWDEF-INPUT-TYPE", "Flow method '%s' takes an input of type %s, which Flowdef cannot use: %s",
      "use a record, String, boolean, a number, an enum, or a List or Map<String, ?> of those"),
  OUTPUT_TYPE("FLOWDEF-OUTPUT-TYPE", "Flow method '%s' returns %s, which Flowdef cannot use: %s",
      "return a record, String, boolean, a number, an enum, a List or Map<String, ?> of those, or a "
          + "CompletionStage of one"),
  UNTYPED("FLOWDEF-UNTYPED", "%s has type %s, which has no JSON shape known at compile time",
      "declare the data as a record, or use String, boolean, a number, an enum, or a List or Map<String, ?> of those"),
  NOT_A_RECORD("FLOWDEF-NOT-A-RECORD", "%s has type %s, which is neither a record nor a JSON value type, so its "
      + "JSON properties are unknown", "declare it as a record, or use String, boolean, a number, an enum, a "
          + "java.time type, UUID or URI"),
  RAW_TYPE("FLOWDEF-RAW-TYPE", "%s has the raw type %s, whose type arguments are unknown",
      "give its type arguments, for example %s"),
  WILDCARD("FLOWDEF-WILDCARD", "%s has type %s, whose wildcard leaves its JSON shape open",
      "write a concrete type argument, for example List<String> rather than List<? extends CharSequence>"),
  TYPE_VARIABLE("FLOWDEF-TYPE-VARIABLE", "%s has the type variable %s, whose JSON shape is unknown at compile time",
      "use a concrete type, or a generic record with concrete type arguments, for example Page<MenuItem>"),
  MAP_KEY("FLOWDEF-MAP-KEY", "%s has type %s, whose keys are %s; a JSON object's keys are strings",
      "use Map<String, V>, or a map keyed by an enum"),
  SEALED_SUBTYPE("FLOWDEF-SEALED-SUBTYPE", "%s has type %s, a sealed interface that permits %s, which is not a record",
      "make every permitted subtype a record, or a sealed interface of records"),
  TYPE_INFO("FLOWDEF-TYPE-INFO", "%s has type %s, whose @JsonTypeInfo(use = %s, include = %s) Flowdef cannot describe",
      "use @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\"), which writes the type id as a property"),
  VOID_VALUE("FLOWDEF-VOID-VALUE", "%s has type Void, which only stands for a missing input, output or chunk",
      "leave the value out, or make it an Optional or a @Nullable component"),
  FLOW_NAME("FLOWDEF-FLOW-NAME", "Flow name '%s' is not a valid URL path segment",
      "use a letter, then letters, digits, '_' or '-', for example @FlowDef(name = \"menuSuggestion\")"),
  TIMEOUT("FLOWDEF-TIMEOUT", "Timeout '%s' of flow method '%s' is not a positive duration",
      "write a number and a unit, for example @FlowDef(timeout = \"30s\") (units ms, s, m, h), or ISO-8601 such as "
          + "\"PT1M30S\"; leave it out for the server's default"),
  DUPLICATE_NAME("FLOWDEF-DUPLICATE-NAME", "Flow name '%s' is already used by %s; flow names are unique",
      "rename one of them with @FlowDef(name = \"...\")"),
  PRIVATE_CLASS("FLOWDEF-PRIVATE-CLASS", "Flow method '%s' is declared in %s, which is private, so the generated "
      + "binding cannot reach it", "make the class package-private or public"),
  NOT_INSTANTIABLE("FLOWDEF-NOT-INSTANTIABLE", "Flow method '%s' is an instance method, but %s",
      "make the method static, or move it to a class the binding can hold an instance of"),
  UNRESOLVED_TYPE("FLOWDEF-UNRESOLVED-TYPE", "Flow method '%s' uses type %s, which could not be resolved",
      "check the import and the class path; if another annotation processor generates it, make sure it runs"),
  INTERNAL("FLOWDEF-INTERNAL", "Flowdef's processor failed unexpectedly on this element: %s",
      "please report this with the source of the element; other flows were still processed");

  private final String id;
  private final String text;
  private final String hint;

  Message(String id, String text, String hint) {
    this.id = id;
    this.text = text;
    this.hint = hint;
  }

  public String id() {
    return id;
  }

  /** The full diagnostic: {@code [ID] text; hint}. */
  public String format(Object... arguments) {
    String formatted = String.format(text + "; " + hint, arguments);
    return "[" + id + "] " + formatted;
  }
}
