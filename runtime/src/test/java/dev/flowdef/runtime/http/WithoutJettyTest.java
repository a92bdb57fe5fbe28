package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Jetty is an optional dependency: an application without it gets the JDK's engine, and not a
 * {@code NoClassDefFoundError}. The runtime's classes are loaded here by a class loader that cannot see Jetty.
 */
@Timeout(20)
class WithoutJettyTest {

  @Test
  void theJdkEngineServesWhenJettyIsNotOnTheClassPath() throws Exception {
    try (JettyHidden loader = new JettyHidden()) {
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.eclipse.jetty.server.Server"));
      Class<?> registries = loader.loadClass("dev.flowdef.runtime.FlowRegistry");
      Class<?> servers = loader.loadClass("dev.flowdef.runtime.http.FlowServer");
      Class<?> engines = loader.loadClass("dev.flowdef.runtime.http.FlowServer$Engine");

      assertEquals("JDK", engines.getMethod("preferred").invoke(null).toString());

      Object registry = call(call(registries, null, "builder"), "build");
      Object builder = servers.getMethod("builder", registries).invoke(null, registry);
      builder.getClass().getMethod("host", String.class).invoke(builder, "127.0.0.1");
      builder.getClass().getMethod("port", int.class).invoke(builder, 0);
      AutoCloseable server = (AutoCloseable) call(builder, "start");
      try (server) {
        int port = (int) call(server, "port");
        assertEquals(404, Http.post(java.net.URI.create("http://127.0.0.1:" + port + "/none"), "{}").statusCode());
      }

      Object jetty = engines.getField("JETTY").get(null);
      Object jettyBuilder = servers.getMethod("builder", registries).invoke(null, registry);
      jettyBuilder.getClass().getMethod("engine", engines).invoke(jettyBuilder, jetty);
      InvocationTargetException refused =
          assertThrows(InvocationTargetException.class, () -> call(jettyBuilder, "start"));
      assertEquals("The JETTY engine needs Jetty 12 on the class path (org.eclipse.jetty:jetty-server 12.x); "
          + "without it, use FlowServer.Engine.JDK", refused.getCause().getMessage());
    }
  }

  private static Object call(Object target, String method) throws Exception {
    return call(target.getClass(), target, method);
  }

  private static Object call(Class<?> type, Object target, String method) throws Exception {
    Method m = type.getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }

  /** Loads Flowdef's runtime itself (child first) and refuses Jetty; everything else comes from the test's loader. */
  private static final class JettyHidden extends URLClassLoader {
    JettyHidden() {
      super(new URL[] {FlowServer.class.getProtectionDomain().getCodeSource().getLocation()},
          WithoutJettyTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("org.eclipse.jetty.")) {
        throw new ClassNotFoundException(name + " (hidden by the test)");
      }
      synchronized (getClassLoadingLock(name)) {
        if (name.startsWith("dev.flowdef.runtime.")) {
          Class<?> loaded = findLoadedClass(name);
          return loaded != null ? loaded : findClass(name);
        }
        return super.loadClass(name, resolve);
      }
    }
  }
}
