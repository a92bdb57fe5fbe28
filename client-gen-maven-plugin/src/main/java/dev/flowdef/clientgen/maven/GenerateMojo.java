package dev.flowdef.clientgen.maven;

import dev.flowdef.clientgen.ClientGenerator;
import dev.flowdef.clientgen.manifest.Manifest;
import dev.flowdef.clientgen.manifest.ManifestSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed clients from a flow manifest, before compilation: the Java client and its types (added as a
 * source root) when {@code packageName} is set, and a TypeScript module when {@code typescriptFile} is.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.flowdef</groupId>
 *   <artifactId>flowdef-client-gen-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 *   <configuration>
 *     <manifest>http://localhost:3400</manifest>   <!-- or a flows.json file -->
 *     <clientName>MenuClient</clientName>
 *     <packageName>com.example.menu</packageName>
 *   </configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /**
   * The manifest: a {@code flows.json} file (relative to the project's folder), or the URL of a running service,
   * whose manifest is read from {@code /.well-known/flowdef/flows.json} at its root unless the URL names a
   * {@code .json} file.
   */
  @Parameter(property = "flowdef.manifest", required = true)
  private String manifest;

  /** The client's name: the Java class, and the TypeScript client interface. */
  @Parameter(property = "flowdef.clientName", required = true)
  private String clientName;

  /** The Java package of the client and its types; no Java is generated without it. */
  @Parameter(property = "flowdef.packageName")
  private String packageName;

  /** Where the Java sources go; added to the project's source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/flowdef", required = true)
  private File javaOutputDirectory;

  /** Where the TypeScript module goes; none is generated without it. */
  @Parameter(property = "flowdef.typescriptFile")
  private File typescriptFile;

  @Parameter(property = "flowdef.clientgen.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping the Flowdef client generator");
      return;
    }
    if (packageName == null && typescriptFile == null) {
      throw new MojoExecutionException("Nothing to generate: set packageName (Java), typescriptFile, or both");
    }
    Manifest flows = read();
    try {
      if (packageName != null) {
        int files = ClientGenerator.writeJava(flows, packageName, clientName, javaOutputDirectory.toPath()).size();
        project.addCompileSourceRoot(javaOutputDirectory.getPath());
        getLog().info("Generated the Java client " + packageName + "." + clientName + " (" + files + " files) for "
            + flows.flows().size() + " flows");
      }
      if (typescriptFile != null) {
        ClientGenerator.writeTypeScript(flows, clientName, typescriptFile.toPath());
        getLog().info("Generated the TypeScript client " + typescriptFile);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("Could not write the clients of " + manifest + ": " + e.getMessage(), e);
    }
  }

  private Manifest read() throws MojoExecutionException {
    String location = manifest;
    if (!location.startsWith("http://") && !location.startsWith("https://")) {
      Path path = Path.of(location);
      location = (path.isAbsolute() ? path : project.getBasedir().toPath().resolve(path)).toString();
    }
    try {
      return ManifestSource.read(location);
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("Could not read the flow manifest " + location + ": " + e.getMessage(), e);
    }
  }
}
