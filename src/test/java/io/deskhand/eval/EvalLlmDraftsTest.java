package io.deskhand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.cli.DeskhandCli;
import io.deskhand.modelserver.FakeModelServer;
import io.deskhand.modelserver.FakeModelServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `eval --drafter llm`: the model's drafts scored beside the extractive ones and the baselines, with the tokens used. */
class EvalLlmDraftsTest {
  static final String REPLY = "We have issued the refund for your return; it reaches your card within 5 business days.";
  @TempDir static Path dir;
  static FakeModelServer server;
  static Path csv;
  static Path models;

  @BeforeAll
  static void data() throws Exception {
    server = FakeModelServer.start();
    // the model answers like the agents do, citing the first source
    server.answerer(r -> Reply.text("Hello,\n\nWe have issued the refund for your return; it reaches your card within 5 business days [1].\n\nBest regards,"));
    models = Path.of(EvalLlmDraftsTest.class.getResource("/eval/models/taxonomy.yaml").toURI()).getParent();
    csv = dir.resolve("tickets.csv");
    List<String> rows = new ArrayList<>(List.of("id,subject,body,intent,reply"));
    for (int i = 0; i < 30; i++) {
      rows.add("T" + i + ",Refund for order " + i + ",I returned item " + i + " last week and want my money back to my card.,billing.refund,\"" + REPLY + "\"");
    }
    Files.write(csv, rows, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Map<String, String> env(String data, boolean llm) {
    Map<String, String> env = new HashMap<>(Map.of("DESKHAND_DATA_DIR", dir.resolve(data).toString(), "DESKHAND_MODELS_DIR", models.toString()));
    if (llm) {
      env.putAll(Map.of("DESKHAND_LLM_PROVIDER", "openai", "DESKHAND_LLM_BASE_URL", server.openAiBase().toString(),
          "DESKHAND_LLM_MODEL", "fake-chat"));
    }
    return env;
  }

  static int eval(Path out, Map<String, String> env, String... more) {
    List<String> args = new ArrayList<>(List.of("eval", "--input", csv.toString(), "--text-columns", "subject,body",
        "--label-columns", "intent=intent", "--reply-column", "reply", "--out", out.toString()));
    args.addAll(List.of(more));
    return DeskhandCli.run(args.toArray(String[]::new), env, new PrintStream(new ByteArrayOutputStream(), true),
        new PrintStream(new ByteArrayOutputStream(), true), Services::new);
  }

  @Test
  void llm_drafts_are_scored_beside_the_extractive_ones_with_their_tokens() throws Exception {
    Path out = dir.resolve("out-llm");
    assertEquals(0, eval(out, env("data-llm", true), "--drafter", "llm"));

    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode drafts = report.get("drafts");
    JsonNode llm = drafts.get("llm");
    assertEquals(6, llm.get("test_count").asInt(), drafts.toPrettyString());
    assertEquals(6, llm.at("/methods/llm").asInt(), drafts.toPrettyString());
    assertTrue(llm.get("rouge_l").asDouble() > 0.8, "the model's drafts repeat the agents' reply: " + llm);
    assertTrue(llm.get("embedding_similarity").asDouble() > 0.8, llm.toString());
    assertTrue(llm.at("/by_language/en/rouge_l").isNumber(), llm.toString());
    assertTrue(drafts.at("/by_language/en/llm/rouge_l").isNumber(), drafts.toString());
    assertTrue(drafts.has("rouge_l") && drafts.at("/baselines/nearest_reply/rouge_l").isNumber(), "the extractive figures stay");
    assertEquals(6, report.at("/llm_usage/calls").asInt(), report.get("llm_usage").toString());
    assertTrue(report.at("/llm_usage/prompt_tokens").asLong() > 100, report.get("llm_usage").toString());
    assertTrue(llm.at("/tokens/completion_tokens").asLong() > 0, llm.toString());
    List<String> lines = Files.readAllLines(out.resolve("predictions.ndjson"));
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("llm", first.get("llm_draft_method").asText(), first.toString());
    assertTrue(first.get("llm_draft").asText().contains("[1]"), first.toString());
    assertTrue(first.has("llm_draft_rouge_l"));
  }

  @Test
  void the_default_eval_does_not_ask_the_model_and_llm_needs_one() throws Exception {
    int before = server.chatRequests().size();
    Path out = dir.resolve("out-default");
    assertEquals(0, eval(out, env("data-default", true)));
    assertEquals(before, server.chatRequests().size(), "eval drafts extractively unless --drafter llm");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertTrue(!report.get("drafts").has("llm") && !report.has("llm_usage"), report.get("drafts").toString());

    assertEquals(2, eval(dir.resolve("out-none"), env("data-none", false), "--drafter", "llm"));
    assertEquals(2, eval(dir.resolve("out-bad"), env("data-bad", true), "--drafter", "gpt"));
  }
}
