package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.Services;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input files stop `eval` with exit code 2 and a message naming the problem, before any model is loaded. */
class EvalBadInputTest {
  @TempDir Path dir;

  private String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DeskhandCli.run(args, Map.of("DESKHAND_DATA_DIR", dir.resolve("data").toString()), new PrintStream(out, true),
        new PrintStream(err, true), (c, log) -> {
          throw new AssertionError("services must not be built for bad input");
        });
    return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
  }

  private String[] evalCsv(Path file, String... extra) {
    String[] base = {"eval", "--input", file.toString(), "--format", "csv", "--text-columns", "text", "--label-columns",
        "intent=category", "--out", dir.resolve("out").toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return run(all);
  }

  @Test
  void a_bundle_label_column_that_is_no_custom_field_of_the_tickets_exits_2() throws Exception {
    Path bundle = Files.writeString(dir.resolve("b.ndjson"), "{\"id\":1,\"subject\":\"Refund\",\"description\":\"Where is my refund?\","
        + "\"status\":\"solved\",\"custom_fields\":[{\"id\":555,\"value\":\"billing\"}]}\n");
    String out = dir.resolve("out").toString();
    String[] r = run("eval", "--input", bundle.toString(), "--label-columns", "intent=999", "--out", out);
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("custom field 999") && r[1].contains("555"), r[1]);
    r = run("eval", "--input", bundle.toString(), "--label-columns", "intent=status", "--out", out);
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("intent=status") && r[1].contains("custom field id"), r[1]);
  }

  @Test
  void an_out_folder_that_is_a_file_exits_2() throws Exception {
    Path f = Files.writeString(dir.resolve("t.csv"), "text,category\nhello,a\n");
    Path file = Files.writeString(dir.resolve("taken"), "x");
    String[] r = run("eval", "--input", f.toString(), "--text-columns", "text", "--label-columns", "intent=category",
        "--out", file.toString());
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("is a file"), r[1]);
  }

  @Test
  void missing_file_exits_2_naming_it() {
    String[] r = evalCsv(dir.resolve("nope.csv"));
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("nope.csv") && r[1].contains("not a readable file"), r[1]);
  }

  @Test
  void empty_file_exits_2() throws Exception {
    Path f = Files.createFile(dir.resolve("empty.csv"));
    String[] r = evalCsv(f);
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("is empty"), r[1]);
  }

  @Test
  void a_text_column_missing_from_the_header_exits_2_listing_the_columns() throws Exception {
    Path f = Files.writeString(dir.resolve("t.csv"), "body,category\nhello,a\n");
    String[] r = evalCsv(f);
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("no column text") && r[1].contains("columns: body, category"), r[1]);
  }

  @Test
  void a_label_column_missing_exits_2() throws Exception {
    Path f = Files.writeString(dir.resolve("t.csv"), "text,label\nhello,a\n");
    String[] r = evalCsv(f);
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("no column category"), r[1]);
  }

  @Test
  void broken_csv_quoting_exits_2() throws Exception {
    Path f = Files.writeString(dir.resolve("t.csv"), "text,category\nfine,a\n\"never closed,b\nmore,c\n");
    String[] r = evalCsv(f);
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("not valid CSV"), r[1]);
  }

  @Test
  void a_bundle_that_is_not_json_exits_2() throws Exception {
    Path f = Files.writeString(dir.resolve("t.ndjson"), "this is not json\n");
    String[] r = run("eval", "--input", f.toString(), "--out", dir.resolve("out").toString());
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("not a Zendesk bundle"), r[1]);
  }

  @Test
  void input_and_train_together_is_a_usage_error() {
    String[] r = run("eval", "--input", "a.csv", "--train", "b.csv", "--test", "c.csv", "--out", dir.toString());
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("either --input"), r[1]);
  }

  @Test
  void an_unpredicted_label_field_is_a_usage_error() throws Exception {
    Path f = Files.writeString(dir.resolve("t.csv"), "text,category\nhello,a\n");
    String[] r = run("eval", "--input", f.toString(), "--text-columns", "text", "--label-columns", "product=category",
        "--out", dir.toString());
    assertEquals("2", r[0]);
    assertTrue(r[1].contains("product"), r[1]);
  }
}
