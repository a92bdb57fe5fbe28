package dev.flowdef.clientgen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.model.ClientModel;
import dev.flowdef.clientgen.model.Definition;
import dev.flowdef.clientgen.model.FlowModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;

/**
 * Generates a typed Java client: for a manifest, the records, enums and interfaces of its types and the client
 * class; for the processor, the client of flows already typed with their own classes. The code needs the JDK
 * ({@code java.net.http}), Jackson and the client library, flowdef-client ({@code FlowClientTransport},
 * {@code FlowClientException}, {@code FlowClientStream}, {@code FlowCallOptions}, {@code FlowClientBuilder}), shared by
 * every client rather than generated into each package.
 */
public final class JavaClientGenerator {
  private JavaClientGenerator() {}

  /** Every file of a client named {@code clientName} in {@code packageName} for the flows of {@code manifest}. */
  public static List<JavaFile> fromManifest(Manifest manifest, String packageName, String clientName) {
    checkNames(packageName, clientName);
    ClientModel model = ClientModel.of(manifest, Set.of(clientName));
    DefinitionWriter definitions = new DefinitionWriter(model, packageName);
    JavaTypes types = new JavaTypes(model, packageName);
    List<JavaFile> files = new ArrayList<>();
    for (Definition definition : model.definitions()) {
      definitions.write(definition).ifPresent(files::add);
    }
    List<JavaFlow> flows = new ArrayList<>();
    for (FlowModel flow : model.flows()) {
      flows.add(new JavaFlow(flow.name(), flow.path(), flow.description(), flow.streams(),
          flow.input().map(types::boxed), flow.output().map(types::boxed), flow.chunk().map(types::boxed)));
    }
    files.add(new ClientWriter(ClassName.get(packageName, clientName)).write(flows, List.of()));
    return files;
  }

  /**
   * The client class for flows typed with their own classes, as the processor knows them; {@code origins} are the
   * elements it is generated from; {@code packageTypes} are the simple names the package already gives its own
   * types, which would capture the unqualified names of the JDK's.
   */
  public static JavaFile client(String packageName, String clientName, List<JavaFlow> flows, List<Element> origins,
      Set<String> packageTypes) {
    checkNames(packageName, clientName);
    return qualifying(new ClientWriter(ClassName.get(packageName, clientName)).write(flows, origins), packageTypes);
  }

  private static JavaFile qualifying(JavaFile file, Set<String> names) {
    if (names.isEmpty()) {
      return file;
    }
    TypeSpec.Builder type = file.typeSpec().toBuilder();
    for (String name : names) {
      type.alwaysQualify(name); // one at a time: JavaPoet formats the whole array for each name it checks
    }
    return JavaFile.builder(file.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static void checkNames(String packageName, String clientName) {
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("Not a Java package name: " + packageName);
    }
    if (!SourceVersion.isIdentifier(clientName) || SourceVersion.isKeyword(clientName)) {
      throw new IllegalArgumentException("Not a Java class name: " + clientName);
    }
  }
}
