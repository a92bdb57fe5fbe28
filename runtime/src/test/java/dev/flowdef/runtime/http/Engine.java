package dev.flowdef.runtime.http;

import dev.flowdef.runtime.FlowRegistry;
import dev.flowdef.runtime.servlet.FlowServlet;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The ways Flowdef serves flows over HTTP; the protocol tests run against each, on 127.0.0.1 and an ephemeral port:
 * the embedded {@link FlowServer} on each of its engines, and the {@link FlowServlet} in a real embedded Jetty 12
 * (ee10).
 */
enum Engine {
  EMBEDDED {
    @Override
    Served serve(FlowRegistry registry, ServerOptions options) {
      return embedded(registry, options, FlowServer.Engine.JDK);
    }
  },
  EMBEDDED_JETTY {
    @Override
    Served serve(FlowRegistry registry, ServerOptions options) {
      return embedded(registry, options, FlowServer.Engine.JETTY);
    }
  },
  SERVLET {
    @Override
    Served serve(FlowRegistry registry, ServerOptions options) throws Exception {
      Server jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
      ServletContextHandler context = new ServletContextHandler();
      FlowHandler handler = options.applyTo(FlowHandler.builder(registry)).build();
      FlowServlet servlet = new FlowServlet(handler);
      context.addServlet(new ServletHolder(servlet), "/*");
      jetty.setHandler(context);
      jetty.start();
      int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
      // As the README tells container users: end the calls in progress (streams get their error frame), then stop.
      return new Served(URI.create("http://127.0.0.1:" + port + "/"), () -> {
        handler.shutDown(Duration.ZERO);
        jetty.stop();
      });
    }
  };

  abstract Served serve(FlowRegistry registry, ServerOptions options) throws Exception;

  private static Served embedded(FlowRegistry registry, ServerOptions options, FlowServer.Engine engine) {
    FlowServer server = options.applyTo(FlowServer.builder(registry)).engine(engine).host("127.0.0.1").port(0)
        .shutdownGrace(Duration.ZERO).start();
    return new Served(URI.create("http://127.0.0.1:" + server.port() + "/"), server::close);
  }

  /** A running server: where its flows are, and how to stop it. */
  record Served(URI base, AutoCloseable stopper) {
    URI uri(String path) {
      return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    void stop() throws Exception {
      stopper.close();
    }
  }
}
