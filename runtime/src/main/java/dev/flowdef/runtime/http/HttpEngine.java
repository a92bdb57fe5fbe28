package dev.flowdef.runtime.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/** The HTTP engine under {@link FlowServer}, kept behind this seam so the protocol never depends on it. */
interface HttpEngine {

  /**
   * Starts serving every request with {@code handler} (a {@link FlowHandler}'s, or the benchmark's fixed response
   * on the same engine); returns the port it listens on. The engine completes each exchange once it returns.
   */
  int start(InetSocketAddress address, Consumer<Exchange> handler) throws IOException;

  /** Closes the listening socket and every connection left. */
  void stop();
}
