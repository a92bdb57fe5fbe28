package dev.flowdef.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The reflection API runs any flow for whoever connects, so it must listen on loopback only (protocol 3.2). */
@Timeout(30)
class LoopbackOnlyTest {
  @TempDir Path project;
  private Reflection reflection;

  @AfterEach
  void stop() {
    if (reflection != null) {
      reflection.close();
    }
  }

  @Test
  void theListeningSocketIsBoundToALoopbackAddress() throws IOException {
    Path tcp = Path.of("/proc/net/tcp");
    Assumptions.assumeTrue(Files.isReadable(tcp), "no /proc/net/tcp to read the bound address from");
    reflection = Reflection.start(project, Map.of());

    List<InetAddress> bound = listeningAddresses(reflection.dev.reflectionPort());

    assertFalse(bound.isEmpty(), "no listening socket found for the port");
    for (InetAddress address : bound) {
      assertTrue(address.isLoopbackAddress(), "listens on " + address);
    }
  }

  @Test
  void aNonLoopbackAddressOfThisMachineIsRefused() throws IOException {
    reflection = Reflection.start(project, Map.of());
    int port = reflection.dev.reflectionPort();
    Optional<InetAddress> external = nonLoopbackAddress();
    Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");

    // Loopback works, so a refusal below is about the address, not the server.
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      assertTrue(socket.isConnected());
    }
    assertThrows(IOException.class, () -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(external.get(), port), 5_000);
      }
    }, "connected through " + external.get());
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!network.isUp() || network.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(network.getInetAddresses())) {
        // Link-local IPv6 needs a scope to connect to; any other address of this machine will do.
        if (!address.isLoopbackAddress() && !address.isLinkLocalAddress() && !address.isAnyLocalAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }

  /** Local addresses of the sockets listening on {@code port}, from Linux's /proc/net/tcp and tcp6. */
  private static List<InetAddress> listeningAddresses(int port) throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.isReadable(path)) {
        continue;
      }
      for (String line : Files.readAllLines(path)) {
        String[] fields = line.trim().split("\\s+");
        // sl local_address rem_address st ...; st 0A is LISTEN.
        if (fields.length < 4 || !fields[3].equals("0A") || !fields[1].contains(":")) {
          continue;
        }
        String[] local = fields[1].split(":");
        if (Integer.parseInt(local[1], 16) == port) {
          addresses.add(address(local[0]));
        }
      }
    }
    return addresses;
  }

  /** The kernel prints an address as 32-bit words in host byte order. */
  private static InetAddress address(String hex) throws UnknownHostException {
    ByteBuffer bytes = ByteBuffer.allocate(hex.length() / 2).order(ByteOrder.nativeOrder());
    for (int i = 0; i < hex.length(); i += 8) {
      bytes.putInt(Integer.parseUnsignedInt(hex.substring(i, i + 8), 16));
    }
    return InetAddress.getByAddress(bytes.array()); // an IPv4-mapped IPv6 address comes back as IPv4
  }
}
