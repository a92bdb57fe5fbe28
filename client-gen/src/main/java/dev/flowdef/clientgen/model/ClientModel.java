package dev.flowdef.clientgen.model;

import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.manifest.ManifestFlow;
import dev.flowdef.clientgen.model.Definition.AliasDef;
import dev.flowdef.clientgen.model.Definition.ObjectDef;
import dev.flowdef.clientgen.model.Definition.UnionDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a client is generated from: the manifest's flows with the shapes of their values, and the named types those
 * reach (and no others), each with the name clients give it.
 */
public final class ClientModel {
  private final List<FlowModel> flows;
  private final Map<String, Definition> definitions;
  private final Map<String, String> names;

  private ClientModel(List<FlowModel> flows, Map<String, Definition> definitions, Map<String, String> names) {
    this.flows = flows;
    this.definitions = definitions;
    this.names = names;
  }

  /** The model of {@code manifest}; type names keep clear of {@code taken} (the client's own names, say). */
  public static ClientModel of(Manifest manifest, Set<String> taken) {
    SchemaReader reader = new SchemaReader(manifest.definitions());
    List<FlowModel> flows = new ArrayList<>();
    for (ManifestFlow flow : manifest.flows()) {
      String path = flow.path().startsWith("/") ? flow.path().substring(1) : flow.path();
      flows.add(new FlowModel(flow.name(), path, flow.description(), flow.streams(),
          flow.inputSchema().map(reader::shape), flow.outputSchema().map(reader::shape),
          flow.chunkSchema().map(reader::shape)));
    }
    Map<String, Definition> definitions = new TreeMap<>();
    Deque<String> pending = new ArrayDeque<>();
    for (FlowModel flow : flows) {
      flow.input().ifPresent(shape -> references(shape, pending));
      flow.output().ifPresent(shape -> references(shape, pending));
      flow.chunk().ifPresent(shape -> references(shape, pending));
    }
    while (!pending.isEmpty()) {
      String id = pending.pop();
      if (definitions.containsKey(id)) {
        continue;
      }
      Definition definition = reader.definition(id);
      definitions.put(id, definition);
      reached(definition).forEach(shape -> references(shape, pending));
      if (definition instanceof UnionDef union) {
        pending.addAll(union.variants());
      }
    }
    return new ClientModel(List.copyOf(flows), definitions, TypeNames.assign(definitions.keySet(), taken));
  }

  public List<FlowModel> flows() {
    return flows;
  }

  /** The named types the flows reach, sorted by id. */
  public List<Definition> definitions() {
    return List.copyOf(definitions.values());
  }

  public Definition definition(String id) {
    Definition definition = definitions.get(id);
    if (definition == null) {
      throw new IllegalArgumentException("no definition " + id);
    }
    return definition;
  }

  /** The name clients give the named type {@code id}. */
  public String typeName(String id) {
    String name = names.get(id);
    if (name == null) {
      throw new IllegalArgumentException("no definition " + id);
    }
    return name;
  }

  /** The unions with a discriminator that list the object {@code id} among their variants. */
  public List<UnionDef> discriminatedUnionsOf(String id) {
    List<UnionDef> unions = new ArrayList<>();
    for (Definition definition : definitions.values()) {
      if (definition instanceof UnionDef union && union.discriminator().isPresent() && union.variants().contains(id)) {
        unions.add(union);
      }
    }
    return unions;
  }

  /** The unions that list the object {@code id} among their variants. */
  public List<UnionDef> unionsOf(String id) {
    List<UnionDef> unions = new ArrayList<>();
    for (Definition definition : definitions.values()) {
      if (definition instanceof UnionDef union && union.variants().contains(id)) {
        unions.add(union);
      }
    }
    return unions;
  }

  private static List<Shape> reached(Definition definition) {
    if (definition instanceof ObjectDef object) {
      return object.properties().stream().map(Definition.Property::shape).toList();
    }
    if (definition instanceof AliasDef alias) {
      return List.of(alias.shape());
    }
    return List.of();
  }

  private static void references(Shape shape, Deque<String> pending) {
    if (shape instanceof Shape.Reference reference) {
      pending.add(reference.id());
    } else if (shape instanceof Shape.ListOf list) {
      references(list.items(), pending);
    } else if (shape instanceof Shape.MapOf map) {
      map.enumKeys().ifPresent(pending::add);
      references(map.values(), pending);
    } else if (shape instanceof Shape.Nullable nullable) {
      references(nullable.value(), pending);
    }
  }

  @Override
  public String toString() {
    return "ClientModel" + new LinkedHashMap<>(names).values();
  }

  /** The model of every flow of {@code manifest}. */
  public static ClientModel of(Manifest manifest) {
    return of(manifest, Set.of());
  }

  /** The flow named {@code name}. */
  public Optional<FlowModel> flow(String name) {
    return flows.stream().filter(flow -> flow.name().equals(name)).findFirst();
  }
}
