package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {
  @TempDir Path dir;

  @Test
  void sync_without_zendesk_credentials_exits_2_and_names_the_keys() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DeskhandCli.run(new String[] {"sync"}, Map.of("DESKHAND_DATA_DIR", dir.toString(), "DESKHAND_ZENDESK_URL", "https://acme.zendesk.com"),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
        (config, log) -> { throw new AssertionError("services must not be built"); });
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("DESKHAND_ZENDESK_TOKEN"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_since_instant_zendesk_would_refuse_exits_2_before_any_call() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DeskhandCli.run(new String[] {"sync", "--since", java.time.Instant.now().toString()},
        Map.of("DESKHAND_DATA_DIR", dir.toString(), "DESKHAND_ZENDESK_URL", "https://acme.zendesk.com",
            "DESKHAND_ZENDESK_EMAIL", "a@b.c", "DESKHAND_ZENDESK_TOKEN", "t0k3n"),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
        (config, log) -> { throw new AssertionError("services must not be built"); });
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("at least a minute in the past"), err.toString(StandardCharsets.UTF_8));
  }
}
