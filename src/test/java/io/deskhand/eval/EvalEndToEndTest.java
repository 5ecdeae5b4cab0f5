package io.deskhand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.cli.DeskhandCli;
import io.deskhand.config.ConfigLoader;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.index.KnowledgeWriter;
import io.deskhand.index.LuceneKnowledgeIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real `eval` run on a small CSV (real embedder, real Lucene), then checks on what it wrote. */
class EvalEndToEndTest {
  private static final String[][] TOPICS = {
      {"billing.refund", "Refund for order %d", "I returned item %d last week and want my money back to my card.",
          "We have issued the refund for your return; it reaches your card within 5 business days."},
      {"shipping.delay", "Where is parcel %d", "My parcel %d has not arrived yet and tracking shows no update for days.",
          "Your parcel was delayed at the carrier's depot; it will be delivered tomorrow."},
      {"account.login", "Cannot log in (%d)", "I cannot log in to my account, the password reset link %d does not work.",
          "We reset your password: use the new link we just emailed you to sign in."}};

  @TempDir static Path dir;
  static Path models;
  static Path out;
  static int exit;
  static String stdout;
  static String stderr;
  static Set<String> testTexts = new HashSet<>();
  static Set<String> trainTexts = new HashSet<>();

  @BeforeAll
  static void run_eval_once() throws Exception {
    models = Path.of(EvalEndToEndTest.class.getResource("/eval/models/taxonomy.yaml").toURI()).getParent();
    Path csv = dir.resolve("tickets.csv");
    List<String> rows = new ArrayList<>();
    rows.add("\uFEFFticket_id,created,subject,body,intent,reply"); // saved by Excel: a byte-order mark before the first column
    List<String[]> kept = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String[] t = TOPICS[i % 3];
      String[] row = {"T" + i, String.format("2025-01-%02dT10:%02d:00Z", 1 + i / 3, i % 60), String.format(t[1], i),
          String.format(t[2], i), t[0], t[3]};
      kept.add(row);
      rows.add(String.join(",", Stream.of(row).map(EvalEndToEndTest::quote).toList()));
    }
    rows.add("T900,2025-02-01T00:00:00Z,,,billing.refund,x"); // no text
    rows.add("T901,2025-02-01T00:00:00Z,Hello,\"a message\nover two lines\",,x"); // no label
    rows.add("T0,2025-02-01T00:00:00Z,dup,duplicate id,billing.refund,x"); // duplicate id
    Files.write(csv, rows, StandardCharsets.UTF_8);
    // time split, fraction 0.2: the last 12 by time are the test part
    for (int i = 0; i < 60; i++) (i >= 48 ? testTexts : trainTexts).add(kept.get(i)[2] + "\n" + kept.get(i)[3]);

    out = dir.resolve("out");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    exit = DeskhandCli.run(new String[] {"eval", "--input", csv.toString(), "--text-columns", "subject,body",
        "--label-columns", "intent=intent", "--reply-column", "reply", "--time-column", "created", "--id-column", "ticket_id",
        "--baseline", "tfidf", "--out", out.toString()}, env(), new PrintStream(o, true), new PrintStream(e, true), Services::new);
    stdout = o.toString(StandardCharsets.UTF_8);
    stderr = e.toString(StandardCharsets.UTF_8);
  }

  static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static Map<String, String> env() {
    return Map.of("DESKHAND_DATA_DIR", dir.resolve("data").toString(), "DESKHAND_MODELS_DIR", models.toString(),
        "DESKHAND_EMBEDDING_WORKERS", "2");
  }

  @Test
  void csv_eval_writes_report_predictions_and_html_with_the_contract_keys() throws Exception {
    assertEquals(0, exit, stderr);
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode intent = report.at("/fields/intent");
    for (String key : List.of("accuracy", "macro_f1", "test_count", "abstained", "recommended_threshold",
        "coverage_at_target_precision", "by_language", "ece", "reliability", "coverage_curve", "per_class", "confusion", "retrieval")) {
      assertTrue(intent.has(key), "fields.intent." + key + " in " + intent);
    }
    assertEquals(12, intent.get("test_count").asInt());
    assertEquals(12, intent.at("/by_language/en/test_count").asInt());
    assertTrue(intent.get("accuracy").asDouble() >= 0.9, "three well separated topics: " + intent.get("accuracy"));
    assertTrue(intent.at("/baselines/tfidf/accuracy").isNumber());
    // 48 training tickets hold back 9, too few to choose among candidates: the default blend, and the report says so
    assertEquals("linear+knn", intent.at("/model/chosen").asText(), intent.path("model").toString());
    assertEquals(9, intent.at("/model/held_back_count").asInt());
    for (String key : List.of("rouge_l", "embedding_similarity")) {
      assertTrue(report.at("/drafts/" + key).isNumber(), "drafts." + key);
      assertTrue(report.at("/drafts/baselines/nearest_reply/" + key).isNumber());
      assertTrue(report.at("/drafts/baselines/generic/" + key).isNumber());
    }
    assertEquals(1, report.at("/skipped/input/no text").asInt());
    assertEquals(1, report.at("/skipped/input/no label").asInt());
    assertEquals(1, report.at("/skipped/input/duplicate id").asInt());
    assertTrue(report.at("/data_fingerprint").toString().contains("sha256:"));
    assertTrue(report.get("policy_snippet").asText().contains("intent:"));
    assertTrue(report.has("knowledge_gaps") && report.has("readiness") && report.has("embedding_model") && report.has("seed"));

    List<String> lines = Files.readAllLines(out.resolve("predictions.ndjson"));
    assertEquals(12, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("T48", first.get("id").asText());
    for (String key : List.of("truth", "predicted", "confidence", "abstained")) assertTrue(first.at("/fields/intent").has(key), key);
    assertTrue(first.has("draft") && first.get("sources").isArray());
    for (String line : lines) {
      for (JsonNode id : new ObjectMapper().readTree(line).get("similar_ticket_ids")) {
        assertTrue(id.asText().matches("T([0-9]|[1-3][0-9]|4[0-7])"), "similar tickets named by the input's training ids: " + line);
      }
    }

    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("echarts"), "ECharts inlined");
    assertTrue(html.length() > 900_000, "the library itself is in the file");
    assertTrue(html.contains("id=\"confusion-intent\"") && html.contains("\"coverage_curve\""), "chart containers and data");
    assertFalse(html.contains("src=\"http"), "nothing loaded from the network");
    assertTrue(html.contains("Model chosen per field") && html.contains("too few held-back tickets to choose"));
  }

  @Test
  void test_tickets_are_never_ingested() throws Exception {
    assertEquals(0, exit, stderr);
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(48, report.at("/protocol/index_tickets").asInt());
    Path work;
    try (Stream<Path> s = Files.list(out.resolve("work"))) {
      work = s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    var base = new ConfigLoader(Map.of("DESKHAND_DATA_DIR", work.toString(), "DESKHAND_MODELS_DIR", models.toString())).load(Optional.empty());
    try (Embedder embedder = OnnxEmbedder.create(base.embedding(), models);
         LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(work.resolve("lucene"), embedder, new PrintStream(new ByteArrayOutputStream()))) {
      List<KnowledgeWriter.StoredTicket> indexed = index.writer().newestTickets(1000);
      assertEquals(48, indexed.size());
      Set<String> texts = new HashSet<>();
      for (KnowledgeWriter.StoredTicket t : indexed) texts.add(t.ticket().requestText());
      assertEquals(trainTexts, texts);
      for (String t : testTexts) assertFalse(texts.contains(t), "test ticket in the index: " + t);
    }
  }

  @Test
  void report_html_draws_its_charts_in_headless_chromium() throws Exception {
    assertEquals(0, exit, stderr);
    Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(chromium != null, "no chromium installed");
    Path profile = Files.createTempDirectory(dir, "chromium");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--dump-dom", out.resolve("report.html").toUri().toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] dom = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String html = new String(dom, StandardCharsets.UTF_8);
    long canvases = html.split("<canvas", -1).length - 1;
    assertTrue(canvases >= 4, "ECharts drew coverage, reliability, F1 and confusion charts; canvases: " + canvases);
  }
}
