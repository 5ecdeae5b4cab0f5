package io.deskhand.support;

import io.deskhand.Services;
import io.deskhand.config.ConfigLoader;
import io.deskhand.config.DeskhandConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One Services graph over the demo knowledge base, built once per test JVM in a temp data dir: embedding the demo
 * takes several seconds, and every test reads it without changing it.
 */
public final class DemoServices {
  private static Services services;

  private DemoServices() {}

  public static synchronized Services get() {
    if (services == null) {
      try {
        Path dir = Files.createTempDirectory("deskhand-demo-test");
        services = new Services(config(dir, Map.of()), quiet());
        services.knowledge().loadDemo();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return services;
  }

  /** The default configuration pointed at {@code dataDir}, plus any DESKHAND_* overrides. */
  public static DeskhandConfig config(Path dataDir, Map<String, String> env) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("DESKHAND_DATA_DIR", dataDir.toString());
    return new ConfigLoader(all).load(Optional.empty());
  }

  public static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true);
  }
}
