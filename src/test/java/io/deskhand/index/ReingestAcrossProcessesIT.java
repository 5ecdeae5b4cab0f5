package io.deskhand.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running `ingest` again on the same bundle, in a new process as an admin would, embeds nothing again. Within one
 * JVM this held all along; across processes it did not, because a map's iteration order changes between JVMs.
 */
class ReingestAcrossProcessesIT {
  private static final Pattern REPORT = Pattern.compile("tickets: (\\d+) written, (\\d+) unchanged");

  @Test
  void a_second_ingest_of_the_same_bundle_in_a_new_process_finds_every_ticket_unchanged(@TempDir Path dir) throws Exception {
    List<String> demo = Files.readAllLines(Path.of("eval/demo/tickets.ndjson"), StandardCharsets.UTF_8).subList(0, 30);
    Path bundle = Files.write(dir.resolve("tickets.ndjson"), demo, StandardCharsets.UTF_8);
    int[] first = ingest(dir, bundle);
    assertEquals(30, first[0], "first run writes every ticket");
    int[] second = ingest(dir, bundle);
    assertEquals(0, second[0], "second run writes nothing");
    assertEquals(30, second[1], "second run finds every ticket unchanged");
  }

  /** {written, unchanged} reported by `deskhand ingest` run in its own JVM. */
  private static int[] ingest(Path dir, Path bundle) throws Exception {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.deskhand.Main", "ingest",
        "--tickets", bundle.toString()).redirectErrorStream(true);
    pb.environment().put("DESKHAND_DATA_DIR", dir.resolve("data").toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "ingest finished");
    assertEquals(0, p.exitValue(), output);
    Matcher m = REPORT.matcher(output);
    assertTrue(m.find(), output);
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }
}
