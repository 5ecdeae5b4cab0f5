package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskhandCliTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Map<String, String> env, String... args) {
    return DeskhandCli.run(args, env, new PrintStream(out, true), new PrintStream(err, true), (c, log) -> {
      throw new AssertionError("bad usage must be caught before the services are built");
    });
  }

  @Test
  void ingest_without_inputs_is_bad_usage_with_exit_2() {
    assertEquals(2, run(Map.of(), "ingest"));
    assertTrue(err.toString().contains("--tickets"), err.toString());
  }

  @Test
  void a_missing_input_file_is_named_with_exit_2() {
    assertEquals(2, run(Map.of(), "ingest", "--tickets", "no/such/file.ndjson"));
    assertTrue(err.toString().contains("no/such/file.ndjson"), err.toString());
  }

  @Test
  void a_bad_config_value_is_named_with_exit_2() {
    assertEquals(2, run(Map.of("DESKHAND_PORT", "abc"), "serve"));
    assertTrue(err.toString().contains("DESKHAND_PORT"), err.toString());
  }

  @Test
  void an_unknown_language_code_is_named_with_exit_2() {
    assertEquals(2, run(Map.of("DESKHAND_LANGUAGES_SUPPORTED", "en,xx"), "serve"));
    assertTrue(err.toString().contains("DESKHAND_LANGUAGES_SUPPORTED") && err.toString().contains("xx"), err.toString());
  }

  @Test
  void unknown_options_and_commands_exit_2() {
    assertEquals(2, run(Map.of(), "serve", "--nope"));
    assertEquals(2, run(Map.of(), "frobnicate"));
    assertEquals(2, run(Map.of()));
  }

  @Test
  void help_lists_the_commands() {
    assertEquals(0, run(Map.of(), "--help"));
    assertTrue(out.toString().contains("serve") && out.toString().contains("ingest") && out.toString().contains("bench"), out.toString());
  }

  @Test
  void config_that_would_silently_do_something_else_exits_2_naming_the_key(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path twice = dir.resolve("twice.yaml");
    java.nio.file.Files.writeString(twice, "webhook_secret: a\nwebhook_secret: b\n");
    record Case(Map<String, String> env, String[] args, String named) {}
    for (Case c : java.util.List.of(
        new Case(Map.of("DESKHAND_CLASSIFIER_THRESHOLDS_INTENT", "NaN"), new String[] {"serve"}, "classifier.thresholds.intent"),
        new Case(Map.of("DESKHAND_API_KEY", ""), new String[] {"serve"}, "DESKHAND_API_KEY"),
        new Case(Map.of("DESKHAND_WEBHOK_SECRET", "x"), new String[] {"serve"}, "DESKHAND_WEBHOOK_SECRET"),
        new Case(Map.of(), new String[] {"serve", "--config", twice.toString()}, "'webhook_secret' is given twice"))) {
      err.reset();
      assertEquals(2, run(c.env(), c.args()), err.toString());
      assertTrue(err.toString().contains(c.named()), err.toString());
    }
  }
}
