package io.deskhand.modelserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.api.DraftRoutes;
import io.deskhand.api.HttpApi;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.jobs.NoteFormatter;
import io.deskhand.jobs.ZendeskTestRig;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.modelserver.FakeModelServer.Reply;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service on model servers: the demo knowledge base indexed with an Ollama-served embedding model and
 * drafted by an Ollama-served language model (both the fake server), then the language model down, then the bundled
 * embedding model back, which rebuilds the index.
 */
class ModelServerIT {
  static final ObjectMapper json = new ObjectMapper();
  static final HttpClient http = HttpClient.newHttpClient();
  static final String SUBJECT = "Remboursement toujours pas reçu";
  static final String DESCRIPTION = "Bonjour, j'ai renvoyé ma commande il y a deux semaines et je n'ai toujours pas reçu le "
      + "remboursement. Pouvez-vous vérifier ? Répondez-moi à lucie.bernard@example.fr. Merci";
  static final String DRAFT = "Bonjour,\n\nVotre remboursement est émis dès réception du retour et arrive sous 5 à 7 jours ouvrés "
      + "sur votre moyen de paiement d'origine [1]. Nous vous écrirons à [EMAIL_1] dès qu'il sera crédité.\n\nCordialement,";
  static final String SUMMARY = "Problem: the refund for a returned order has not arrived.\nRequest: check the refund.\n"
      + "Tried: nothing yet.\nNext step: check the return and the refund status.";
  static final String TRANSLATION = "Refund still not received\n\nHello, I sent my order back two weeks ago and I still have not "
      + "received the refund. Can you check? Reply to me at [EMAIL_1]. Thanks";

  @TempDir Path dir;
  final FakeModelServer server = FakeModelServer.start();
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  ZendeskTestRig rig;
  Javalin app;

  @AfterEach
  void stop() {
    if (app != null) app.stop();
    if (rig != null) rig.close();
    server.close();
  }

  /** A model server answering what each prompt asks for. */
  void answerAsAModel() {
    server.answerer(r -> {
      String system = r.message("system");
      if (system.startsWith("You summarise")) return Reply.text(SUMMARY);
      if (system.startsWith("Translate")) return Reply.text(TRANSLATION);
      return Reply.text(DRAFT);
    });
  }

  DeskhandConfig config(Map<String, String> env) {
    return DemoServices.config(dir.resolve("data"), env);
  }

  Map<String, String> onModelServers() {
    String base = server.ollamaBase().toString();
    return Map.of("DESKHAND_EMBEDDING_MODEL", "ollama", "DESKHAND_EMBEDDING_BASE_URL", base, "DESKHAND_EMBEDDING_MODEL_NAME",
        "fake-embed", "DESKHAND_LLM_PROVIDER", "ollama", "DESKHAND_LLM_BASE_URL", base, "DESKHAND_LLM_MODEL", "fake-chat",
        "DESKHAND_LLM_AGENT_LANGUAGE", "en", "DESKHAND_LLM_TIMEOUT_SECONDS", "5", "DESKHAND_LLM_CIRCUIT_OPEN_SECONDS", "60",
        "DESKHAND_LLM_REDACT", "always");
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return json.readTree(r.body());
  }

  JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return json.readTree(r.body());
  }

  @Test
  void model_servers_draft_summarise_and_embed_and_the_bundled_model_takes_the_index_back() throws Exception {
    answerAsAModel();
    rig = new ZendeskTestRig(dir);
    try (Services s = new Services(config(onModelServers()), new PrintStream(log, true, StandardCharsets.UTF_8))) {
      s.knowledge().loadDemo();
      // the index was embedded by the server, in batches of embedding.batch_size
      assertEquals("ollama:fake-embed", s.embedder().modelId());
      assertTrue(server.embeddingRequests().size() > 10, "embedded through the server: " + server.embeddingRequests().size());
      assertTrue(server.embeddingRequests().stream().allMatch(r -> r.body().path("input").size() <= 32));
      assertTrue(server.embeddingRequests().stream().allMatch(r -> r.model().equals("fake-embed")));

      KnowledgeRuns runs = new KnowledgeRuns(s.knowledge(), Optional.empty(), Clock.systemUTC(), new SimpleMeterRegistry());
      app = HttpApi.create(new HttpApi.Deps(s.pipeline(), runs::health, s.embedder().modelId(), "test", Optional.empty(),
          1 << 20, json, s::llmState), a -> DraftRoutes.register(a, new DraftRoutes.Deps(Optional.of(rig.client), s::redraftPipeline, true, json, 1 << 20)))
          .start(0);
      JsonNode health = get("/health");
      assertEquals("ollama:fake-embed", health.get("embedding_model").asText());
      assertEquals("ok", health.get("llm").asText());

      // a reachable model: the draft is the model's, with its sources, a summary and a translation for the agent
      server.clearRequests();
      JsonNode t = post("/api/triage", json.createObjectNode().put("subject", SUBJECT).put("description", DESCRIPTION).toString());
      assertEquals("fr", t.at("/language/code").asText(), t.toPrettyString());
      assertTrue(t.get("similar_tickets").size() >= 3, "the server's embedding answers triage: " + t.get("similar_tickets"));
      assertEquals("llm", t.at("/draft/method").asText(), t.toPrettyString());
      assertEquals("ticket", t.at("/draft/sources/0/kind").asText(), t.toPrettyString());
      assertTrue(t.at("/draft/body").asText().contains("lucie.bernard@example.fr"), "restored where the draft repeats it");
      assertEquals(SUMMARY, t.get("summary").asText());
      assertEquals("en", t.at("/translation/language").asText());
      assertTrue(t.at("/translation/text").asText().contains("lucie.bernard@example.fr"), t.toPrettyString());
      assertEquals(3, server.chatRequests().size(), "draft, summary and translation");
      for (var r : server.requests()) assertFalse(r.body().toString().contains("lucie.bernard@example.fr"), "redacted before it left: " + r.path());
      assertTrue(s.meters().scrape().contains("deskhand_llm_calls_total{outcome=\"ok\",purpose=\"summary\"}"));

      // the note says who wrote the draft, and carries the summary and the translation
      Triage triage = s.pipeline().triage(new TicketText(SUBJECT, DESCRIPTION, List.of(), Optional.empty()));
      String note = new NoteFormatter(URI.create("https://acme.zendesk.com"), () -> false).format(triage);
      assertTrue(note.contains("rédigé par le modèle de langue"), note);
      assertTrue(note.contains("Résumé (modèle de langue)") && note.contains(SUMMARY), note);
      assertTrue(note.contains("Message du client en en") && note.contains("Refund still not received"), note);

      // a redraft on an agent's request, from the ticket in Zendesk, writing nothing
      long id = rig.zendesk.addTicket(SUBJECT, DESCRIPTION, "open", List.of("web"));
      rig.zendesk.addComment(id, 5001, "Nous regardons cela, merci de votre patience.", true);
      server.clearRequests();
      JsonNode redraft = post("/api/tickets/" + id + "/draft", "{\"instructions\":\"plus court, s'il vous plaît\"}");
      assertEquals("llm", redraft.at("/draft/method").asText(), redraft.toPrettyString());
      assertEquals(SUMMARY, redraft.get("summary").asText());
      String draftPrompt = server.chatRequests().stream().filter(r -> r.message("system").startsWith("You write")).findFirst()
          .orElseThrow().message("user");
      assertTrue(draftPrompt.contains("plus court, s'il vous plaît"), draftPrompt);
      String summaryPrompt = server.chatRequests().stream().filter(r -> r.message("system").startsWith("You summarise")).findFirst()
          .orElseThrow().message("user");
      assertTrue(summaryPrompt.contains("agent: Nous regardons cela"), "the summary reads the thread: " + summaryPrompt);
      assertTrue(rig.zendesk.requests().stream().allMatch(r -> r.method().equals("GET")), rig.zendesk.requests().toString());

      // the model down: extractive drafts saying why, and after repeated failures an open circuit in /health
      server.answerer(r -> Reply.status(500, null));
      JsonNode down = post("/api/triage", json.createObjectNode().put("subject", SUBJECT).put("description", DESCRIPTION).toString());
      assertTrue(List.of("extractive", "clarify", "none").contains(down.at("/draft/method").asText()), down.toPrettyString());
      assertTrue(down.at("/draft/reason").asText().startsWith("LLM draft not used: the model server gave no answer"), down.toPrettyString());
      assertFalse(down.has("summary"), down.toPrettyString());
      assertEquals("open-circuit", get("/health").get("llm").asText());
      int calls = server.chatRequests().size();
      JsonNode open = post("/api/triage", json.createObjectNode().put("subject", SUBJECT).put("description", DESCRIPTION).toString());
      assertEquals(calls, server.chatRequests().size(), "an open circuit does not call the server");
      assertTrue(open.at("/draft/reason").asText().contains("failed repeatedly"), open.toPrettyString());
    }
    app.stop();
    app = null;

    // back to the bundled model: the index is rebuilt from its stored sources, with progress, and triage works on it
    log.reset();
    try (Services bundled = new Services(config(Map.of()), new PrintStream(log, true, StandardCharsets.UTF_8))) {
      String out = log.toString(StandardCharsets.UTF_8);
      assertTrue(out.contains("was built with embedding model ollama:fake-embed; rebuilding it with all-minilm-l6-v2-q"), out);
      assertTrue(out.contains("rebuild index (tickets):") && out.contains("took"), out);
      assertEquals("all-minilm-l6-v2-q", bundled.embedder().modelId());
      assertTrue(bundled.knowledge().index().counts().tickets() >= 400, bundled.knowledge().index().counts().toString());
      Triage t = bundled.pipeline().triage(new TicketText(SUBJECT, DESCRIPTION, List.of(), Optional.empty()));
      assertEquals("billing.refund", t.fields().get("intent").label());
      assertEquals("extractive", t.draft().method(), t.draft().toString());
      assertTrue(t.summary().isEmpty());
      assertEquals("off", bundled.llmState());
    }
  }
}
