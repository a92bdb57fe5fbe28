package dev.flowdef.processor.emit;

import com.palantir.javapoet.JavaFile;
import dev.flowdef.clientgen.ClientGenerator;
import dev.flowdef.clientgen.java.JavaClientGenerator;
import dev.flowdef.clientgen.java.JavaFlow;
import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.typescript.TypeScriptGenerator;
import dev.flowdef.processor.model.FlowClass;
import dev.flowdef.processor.model.FlowMethod;
import dev.flowdef.processor.types.TypeLookup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Makes the clients of each flow class with client-gen: the Java client ({@code MenuFlowsClient} for
 * {@code MenuFlows}), typed with the flows' own classes, as a class is processed, when the client library is on the
 * compile path; and, for the last round, its TypeScript module, as the resource
 * {@code META-INF/flowdef/typescript/menu-flows-client.ts} or, with {@code -Aflowdef.typescript.dir=<dir>}, as a file
 * in that folder.
 */
public final class ClientsWriter {
  /** The option that writes the TypeScript modules to a folder instead of the class output. */
  public static final String TYPESCRIPT_DIR = "flowdef.typescript.dir";
  public static final String TYPESCRIPT_RESOURCES = "META-INF/flowdef/typescript/";

  /** The client library the Java clients are built on: a module declares it to have them written. */
  private static final String CLIENT_LIBRARY = "dev.flowdef.client.FlowClientTransport";

  private final Elements elements;
  private final TypeLookup clientLibrary;
  private final Map<String, List<String>> flowsByClient = new LinkedHashMap<>();
  private final Map<String, Element> originByClient = new LinkedHashMap<>();

  public ClientsWriter(Elements elements) {
    // Without the client library on the compile path the Java client would not compile, so it is left out: a server
    // alone does not need one, and compiling a client per flow class is a large share of what the processor costs.
    this.elements = elements;
    this.clientLibrary = new TypeLookup(elements, CLIENT_LIBRARY);
  }

  /** The client's simple name: {@code MenuFlowsClient}, {@code Outer_InnerClient} for a nested class. */
  public static String clientName(FlowClass flowClass) {
    return flowClass.bindingName().simpleName().replaceFirst("_Flows$", "Client");
  }

  /**
   * The Java client of a processed class, if the client library is there to compile it: the flows' types are read
   * from javac's model here, the client is built by the task, which does not touch it. Remembers the class's flows
   * for the TypeScript module.
   */
  public Optional<Callable<JavaFile>> javaClient(FlowClass flowClass) {
    if (flowClass.flows().isEmpty()) {
      return Optional.empty();
    }
    String packageName = flowClass.bindingName().packageName();
    String clientName = clientName(flowClass);
    List<String> names = new ArrayList<>();
    flowClass.flows().forEach(flow -> names.add(flow.flowName()));
    flowsByClient.put(clientName, List.copyOf(names));
    originByClient.put(clientName, flowClass.element());
    if (!clientLibrary.visibleFrom(flowClass.element())) {
      return Optional.empty();
    }
    List<JavaFlow> flows = new ArrayList<>();
    for (FlowMethod flow : flowClass.flows()) {
      flows.add(JavaFlow.compiled(flow.flowName(), flow.description(), flow.input(), flow.output(), flow.chunk(),
          flow.chunk().isPresent()));
    }
    // A String or Objects of the package's own would capture the JDK's names in the client: those are qualified.
    Set<String> packageTypes = new HashSet<>();
    elements.getPackageOf(flowClass.element()).getEnclosedElements()
        .forEach(type -> packageTypes.add(type.getSimpleName().toString()));
    List<Element> origins = List.of(flowClass.element());
    return Optional.of(() -> JavaClientGenerator.client(packageName, clientName, flows, origins, packageTypes));
  }

  /**
   * The rendering of the TypeScript module of every class processed so far, by client name, from the manifest's
   * {@link ManifestWriter#values() values}: a task over a snapshot, which may run on any thread.
   */
  public Callable<Map<String, String>> typeScriptModules(Map<String, Object> manifestValues) {
    Map<String, List<String>> clients = new LinkedHashMap<>(flowsByClient);
    return () -> {
      // One manifest for all the clients, each of which selects its flows: every client's manifest would hold every
      // definition, so building one per client costs as many times the whole manifest.
      Manifest manifest = Manifest.of(manifestValues);
      Map<String, String> modules = new LinkedHashMap<>();
      clients.forEach((client, flows) -> modules.put(client,
          TypeScriptGenerator.generate(manifest.select(flows), client)));
      return modules;
    };
  }

  /** Writes the TypeScript modules, by client name, as resources or, given a directory, as files there. */
  public void writeTypeScript(Map<String, String> modules, Filer filer, String directory) throws IOException {
    for (Map.Entry<String, String> module : modules.entrySet()) {
      String fileName = ClientGenerator.typeScriptFileName(module.getKey());
      if (directory != null && !directory.isBlank()) {
        Path folder = Files.createDirectories(Path.of(directory));
        Files.writeString(folder.resolve(fileName), module.getValue(), StandardCharsets.UTF_8);
        continue;
      }
      Resources.write(filer, "", TYPESCRIPT_RESOURCES + fileName, module.getValue(),
          originByClient.get(module.getKey()));
    }
  }

  /** The element a failure to write a client is reported on. */
  public Element anyOrigin() {
    return originByClient.values().iterator().next();
  }

  public boolean isEmpty() {
    return flowsByClient.isEmpty();
  }
}
