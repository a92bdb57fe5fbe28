package dev.flowdef.clientgen.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names clients give the manifest's named types, the same in Java and TypeScript: the simple name of the
 * qualified id ({@code menu.MenuItem} is {@code MenuItem}), its type arguments spelled out
 * ({@code shop.Page(shop.Order)} is {@code PageOfOrder}); when two ids give one name, the enclosing name tells them
 * apart, then a number.
 */
final class TypeNames {
  private static final Pattern NAME_SEPARATOR = Pattern.compile("[.$]");

  /** Names clients declare themselves, or that the languages already use, which a type must not take. */
  private static final Set<String> RESERVED = Set.of(
      "Array", "Boolean", "Date", "Error", "Map", "Number", "Object", "Promise", "Record", "Set", "String",
      "Integer", "Long", "Double", "Float", "Short", "Byte", "Character", "Void", "Class", "Iterable", "List",
      "Override", "Exception", "RuntimeException", "Thread", "Runtime", "System", "Math", "Enum", "Deprecated",
      "FlowError", "FlowStream", "FlowCallOptions", "FlowClientException", "FlowClientStream", "FlowClientTransport",
      "FlowClientBuilder", "FlowClient", "RunFlowRequest", "StreamFlowRequest");

  private TypeNames() {}

  /** A name for every id, unique among them and apart from {@code taken}. */
  static Map<String, String> assign(Collection<String> ids, Set<String> taken) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> byBase = new TreeMap<>();
    for (String id : ids) {
      byBase.computeIfAbsent(base(id, 1), b -> new java.util.ArrayList<>()).add(id);
    }
    Set<String> used = new HashSet<>(taken);
    used.addAll(RESERVED);
    for (Map.Entry<String, List<String>> entry : byBase.entrySet()) {
      for (String id : entry.getValue()) {
        String name = entry.getValue().size() == 1 ? entry.getKey() : base(id, 2);
        if (used.contains(name)) {
          name = name + "Type";
        }
        String unique = name;
        for (int suffix = 2; used.contains(unique); suffix++) {
          unique = name + suffix;
        }
        used.add(unique);
        names.put(id, unique);
      }
    }
    return names;
  }

  /** The last {@code segments} segments of the raw name, joined, with the type arguments' names after "Of". */
  private static String base(String id, int segments) {
    int open = id.indexOf('(');
    String raw = open < 0 ? id : id.substring(0, open);
    String[] parts = NAME_SEPARATOR.split(raw);
    StringBuilder name = new StringBuilder();
    for (int i = Math.max(0, parts.length - segments); i < parts.length; i++) {
      name.append(capitalize(identifier(parts[i])));
    }
    if (open >= 0 && id.endsWith(")")) {
      List<String> arguments = splitArguments(id.substring(open + 1, id.length() - 1));
      name.append("Of");
      for (int i = 0; i < arguments.size(); i++) {
        name.append(i == 0 ? "" : "And").append(base(arguments.get(i), 1));
      }
    }
    String result = name.toString();
    return result.isEmpty() || !Character.isJavaIdentifierStart(result.charAt(0)) ? "Type" + result : result;
  }

  /** Type arguments split at top-level commas: {@code a.B(c.D,e.F),g.H} is two. */
  private static List<String> splitArguments(String arguments) {
    List<String> parts = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(arguments.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(arguments.substring(start));
    return parts;
  }

  private static String identifier(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : text.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return out.toString();
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
