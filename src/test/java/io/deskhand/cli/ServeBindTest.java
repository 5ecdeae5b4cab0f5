package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.Services;
import io.deskhand.support.DemoServices;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: serve listened on every interface though its start-up line said localhost. */
class ServeBindTest {

  private static Optional<InetAddress> externalAddress() throws SocketException {
    return NetworkInterface.networkInterfaces().filter(i -> {
      try {
        return i.isUp() && !i.isLoopback();
      } catch (SocketException e) {
        return false;
      }
    }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
  }

  private static boolean accepts(InetAddress address, int port) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (ConnectException refused) {
      return false;
    }
  }

  @Test
  void serve_listens_on_loopback_by_default_and_on_every_interface_with_bind_0_0_0_0(@TempDir Path dir) throws Exception {
    Optional<InetAddress> external = externalAddress();
    Assumptions.assumeTrue(external.isPresent(), "this host has no address besides loopback");
    Services services = DemoServices.get();

    Javalin local = ServeCommand.start(services, DemoServices.config(dir, Map.of()), 0);
    try {
      assertTrue(accepts(InetAddress.getLoopbackAddress(), local.port()));
      assertFalse(accepts(external.get(), local.port()), "reachable on " + external.get() + " though bind is loopback");
    } finally {
      local.stop();
    }

    Javalin everywhere = ServeCommand.start(services, DemoServices.config(dir, Map.of("DESKHAND_BIND", "0.0.0.0")), 0);
    try {
      assertTrue(accepts(external.get(), everywhere.port()), "bind 0.0.0.0 should listen on " + external.get());
    } finally {
      everywhere.stop();
    }
    assertTrue(ServeCommand.listening("127.0.0.1", 7070).contains("this host only"));
    assertTrue(ServeCommand.listening("0.0.0.0", 7070).startsWith("every interface"));
  }
}
