package io.deskhand.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code target/deskhand.jar} run as its own process, as an admin runs it (ITs run after the jar is built), with its
 * output lines collected as they come.
 */
public final class JarProcess implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private JarProcess(Process process) {
    this.process = process;
    this.reader = Thread.ofPlatform().daemon(true).start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) lines.add(line);
      } catch (IOException e) {
        // the process ended
      }
    });
  }

  public static JarProcess start(Map<String, String> env, String... args) throws IOException {
    Path jar = Path.of("target/deskhand.jar");
    if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the jar first (./mvnw verify runs ITs after package)");
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("DESKHAND_"));
    pb.environment().putAll(env);
    return new JarProcess(pb.start());
  }

  /** The first output line matching {@code test}, waiting up to {@code timeout}; fails if the process ends first. */
  public String awaitLine(Predicate<String> test, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (String l : lines) if (test.test(l)) return l;
      if (!process.isAlive() && !reader.isAlive()) break;
      Thread.sleep(50);
    }
    for (String l : lines) if (test.test(l)) return l;
    throw new AssertionError("no matching line within " + timeout + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")")
        + "; output:\n" + output());
  }

  /** Waits for the process to end by itself; its exit code. */
  public int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after " + timeout + "; output:\n" + output());
    }
    reader.join(5_000);
    return process.exitValue();
  }

  /** SIGKILL (kill -9 on Unix): no shutdown hook, no close, no flush. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    reader.join(5_000);
    return process.exitValue();
  }

  public String output() {
    return String.join("\n", lines);
  }

  /** SIGTERM, as a service manager stops it (the shutdown hook runs). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
  }
}
