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
}
