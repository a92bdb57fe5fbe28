package dev.flowdef.runtime.http;

import java.io.IOException;
import java.net.InetSocketAddress;

/** The HTTP engine under {@link FlowServer}, kept behind this seam so the protocol never depends on it. */
interface HttpEngine {

  /** Starts serving every request with {@code handler}; returns the port it listens on. */
  int start(InetSocketAddress address, FlowHandler handler) throws IOException;

  /** Closes the listening socket and every connection left. */
  void stop();
}
