package io.deskhand.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.ModelFiles;
import io.deskhand.draft.Draft;
import io.deskhand.draft.DraftRequest;
import io.deskhand.draft.Drafter;
import io.deskhand.language.LanguageDetector;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.modelserver.FakeModelServer;
import io.deskhand.modelserver.FakeModelServer.Reply;
import io.deskhand.modelserver.Privacy;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The LLM drafter against a fake model server speaking OpenAI's and Ollama's wire formats. */
class LlmDrafterTest {
  static LanguageDetector detector;
  static LlmPrompts prompts;
  @TempDir static Path dir;

  static final String CUSTOMER = "Bonjour, j'ai renvoyé ma commande il y a deux semaines et je n'ai toujours pas reçu le "
      + "remboursement. Ma carte est la 4111 1111 1111 1111, écrivez-moi à marie.dupont@example.fr. Merci, Marie";
  static final String GOOD = "Bonjour [NAME_1],\n\nVotre remboursement a bien été émis : il arrive sous 5 à 7 jours ouvrés sur "
      + "votre moyen de paiement d'origine [1]. Vous pouvez suivre son avancement dans votre espace client [2]. Nous vous "
      + "écrirons à [EMAIL_1] dès qu'il sera crédité.\n\nCordialement,\nL'équipe support";
  static final Draft EXTRACTIVE = new Draft("Bonjour,\n\nLe remboursement prend 5 à 7 jours.\n\nCordialement,", Draft.EXTRACTIVE, "fr",
      List.of(new Draft.Source("ticket", "101", null)), 0.8, Optional.empty());

  final FakeModelServer server = FakeModelServer.start();
  final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  GuardedLanguageModel model;

  @BeforeAll
  static void load() {
    detector = new LinguaLanguageDetector(List.of("en", "fr", "de", "es"));
    ModelFiles files = new ModelFiles(Path.of("models"), dir);
    prompts = LlmPrompts.fromFiles(files.resolve("llm-prompts.yaml"), files.resolve("voice.yaml"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  LlmDrafter drafter(String provider, String redact, GuardedLanguageModel.Settings settings) {
    URI base = provider.equals("openai") ? server.openAiBase() : server.ollamaBase();
    var cfg = new DeskhandConfig.Llm(provider, Optional.of(base), Optional.of("test-model"), Optional.empty(), 0.2,
        (int) Math.max(1, settings.budget().toSeconds()), 600, 8192, redact, Optional.empty(), Optional.empty(), settings.maxAttempts(), 1);
    model = new GuardedLanguageModel(LangChainLanguageModel.create(cfg), settings, meters);
    Drafter extractive = r -> EXTRACTIVE;
    return new LlmDrafter(extractive, model, prompts, Privacy.forServer(redact, base), detector, new LlmDrafter.Settings(600, 8192), meters);
  }

  LlmDrafter drafter(String provider) {
    return drafter(provider, "always", new GuardedLanguageModel.Settings(Duration.ofSeconds(5), 3, 5, Duration.ofSeconds(1), Duration.ofMillis(50)));
  }

  static DraftRequest request() {
    var ticket = new SolvedTicket(101, "Remboursement", "Où est mon remboursement ?",
        "Bonjour Claire,\n\nVotre remboursement est émis sous 5 à 7 jours ouvrés sur votre moyen de paiement d'origine. "
            + "Nous vous écrirons à claire.martin@example.fr.\n\nCordialement,", "fr", Map.of("intent", "billing.refund"), List.of(),
        Instant.EPOCH, "fr");
    var article = new KnowledgeChunk(KnowledgeChunk.Kind.ARTICLE, "9001", 0, "Quand vais-je recevoir mon remboursement ?",
        "https://help.example/hc/fr/articles/9001", "fr", "Suivez votre remboursement dans votre espace client, rubrique Commandes.");
    var doc = new KnowledgeChunk(KnowledgeChunk.Kind.DOC, "refund-policy-for-agents.md", 0, "Refund policy for agents", null, "en",
        "Trigger the refund when the parcel is scanned at the Lyon warehouse, not when the customer drops it off.");
    Retrieved retrieved = new Retrieved(List.of(new TicketHit(ticket, 0.81)), List.of(), List.of(new ChunkHit(article, 0.66)),
        List.of(new ChunkHit(doc, 0.58)));
    return new DraftRequest("fr", "Remboursement pas reçu", CUSTOMER, retrieved, Optional.of("billing.refund"), 0.93,
        Optional.of("frustrated"), List.of(), Optional.of("Marie"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void a_cited_answer_becomes_the_draft_with_the_cited_sources_and_the_customers_details_restored(String provider) {
    server.enqueue(Reply.text(GOOD));

    Draft d = drafter(provider).draft(request());

    assertEquals(Draft.LLM, d.method(), d.toString());
    assertEquals("fr", d.language());
    assertEquals(List.of(new Draft.Source("ticket", "101", null), new Draft.Source("article", "9001", "https://help.example/hc/fr/articles/9001")),
        d.sources());
    assertTrue(d.body().startsWith("Bonjour Marie,"), d.body());
    assertTrue(d.body().contains("marie.dupont@example.fr"), "the customer's own address is put back: " + d.body());
    assertEquals(0.81, d.confidence(), 1e-9);
    // what left the process: the model, numbered sources, no raw e-mail or card number
    var sent = server.chatRequests().get(0);
    assertEquals(provider.equals("openai") ? "/v1/chat/completions" : "/api/chat", sent.path());
    assertEquals("test-model", sent.model());
    if (provider.equals("openai")) {
      assertEquals(600, sent.body().path("max_tokens").asInt(), sent.body().toString());
      assertEquals(0.2, sent.body().path("temperature").asDouble(), 1e-9);
    } else {
      // Ollama streams unless told not to; the context window is llm.context_tokens
      assertFalse(sent.body().path("stream").asBoolean(true), "stream: false");
      assertEquals(8192, sent.body().at("/options/num_ctx").asInt(), sent.body().path("options").toString());
      assertEquals(600, sent.body().at("/options/num_predict").asInt());
    }
    String user = sent.message("user");
    assertTrue(user.contains("[1] Solved ticket #101") && user.contains("[2] Help-center article") && user.contains("[3] INTERNAL doc"), user);
    assertFalse(user.contains("marie.dupont@example.fr") || user.contains("4111 1111 1111 1111") || user.contains("Marie"), user);
    assertTrue(user.contains("[EMAIL_1]") && user.contains("[CARD_1]") && user.contains("[NAME_1]"), user);
    assertFalse(user.contains("claire.martin@example.fr"), "another customer's address is not sent either: " + user);
    assertTrue(sent.message("system").contains("Write the reply in French"), sent.message("system"));
    assertTrue(meters.scrape().contains("deskhand_llm_calls_total{outcome=\"ok\",purpose=\"draft\"} 1.0"), meters.scrape());
    assertTrue(meters.scrape().contains("deskhand_llm_tokens_total{kind=\"completion\",purpose=\"draft\"}"), meters.scrape());
  }

  @Test
  void on_a_loopback_server_auto_sends_the_text_as_it_is() {
    server.enqueue(Reply.text(GOOD));
    drafter("openai", "auto", new GuardedLanguageModel.Settings(Duration.ofSeconds(5), 1, 5, Duration.ofSeconds(1), Duration.ofMillis(50)))
        .draft(request());
    assertTrue(server.chatRequests().get(0).message("user").contains("marie.dupont@example.fr"));
  }

  @Test
  void a_citation_of_a_source_never_sent_is_removed_and_flagged() {
    server.enqueue(Reply.text("Bonjour,\n\nVotre remboursement arrive sous 5 à 7 jours ouvrés [1][7]. Merci de votre patience.\n\nCordialement,"));

    Draft d = drafter("openai").draft(request());

    assertEquals(Draft.LLM, d.method());
    assertFalse(d.body().contains("[7]"), d.body());
    assertTrue(d.body().contains("[1]"), d.body());
    assertTrue(d.reason().orElse("").contains("[7]"), d.reason().toString());
  }

  @Test
  void an_answer_citing_only_unknown_sources_falls_back_to_the_extractive_draft() {
    server.enqueue(Reply.text("Bonjour,\n\nVotre remboursement arrive sous 5 à 7 jours ouvrés [7].\n\nCordialement,"));

    Draft d = drafter("openai").draft(request());

    assertEquals(Draft.EXTRACTIVE, d.method());
    assertEquals(EXTRACTIVE.body(), d.body());
    assertTrue(d.reason().orElse("").startsWith(Draft.LLM_NOT_USED) && d.reason().get().contains("never sent"), d.reason().toString());
  }

  @Test
  void an_answer_without_a_citation_falls_back() {
    server.enqueue(Reply.text("Bonjour,\n\nVotre remboursement arrive bientôt, merci de votre patience.\n\nCordialement,"));
    Draft d = drafter("openai").draft(request());
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertTrue(d.reason().orElse("").contains("cites no source"), d.reason().toString());
  }

  @Test
  void an_answer_in_the_wrong_language_falls_back() {
    server.enqueue(Reply.text("Hello,\n\nYour refund has been issued and will reach your original payment method within 5 to 7 "
        + "business days [1].\n\nBest regards,"));
    Draft d = drafter("ollama").draft(request());
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertTrue(d.reason().orElse("").contains("in en, not fr"), d.reason().toString());
  }

  @Test
  void an_answer_quoting_an_internal_doc_falls_back() {
    server.enqueue(Reply.text("Bonjour,\n\nNous lançons le remboursement dès réception [1]. Trigger the refund when the parcel is "
        + "scanned at the Lyon warehouse, not when the customer drops it off.\n\nCordialement,"));
    Draft d = drafter("openai").draft(request());
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertTrue(d.reason().orElse("").contains("internal source [3]"), d.reason().toString());
  }

  @Test
  void an_answer_over_the_length_budget_falls_back() {
    server.enqueue(Reply.text("Bonjour,\n\n" + "Votre remboursement arrive sous cinq à sept jours ouvrés [1]. ".repeat(40)));
    Draft d = drafter("openai").draft(request());
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertTrue(d.reason().orElse("").contains("over the budget"), d.reason().toString());

    server.enqueue(Reply.cut("Bonjour,\n\nVotre remboursement arrive sous cinq [1]"));
    Draft cut = drafter("ollama").draft(request());
    assertTrue(cut.reason().orElse("").contains("llm.max_output_tokens"), cut.reason().toString());
  }

  @Test
  void a_clarifying_question_is_marked_clarify() {
    server.enqueue(Reply.text("CLARIFY:\nBonjour Marie,\n\nPourriez-vous nous indiquer votre numéro de commande afin que nous "
        + "puissions vérifier l'état de votre remboursement ?\n\nCordialement,"));
    Draft d = drafter("openai").draft(request());
    assertEquals(Draft.CLARIFY, d.method());
    assertFalse(d.body().contains("CLARIFY"), d.body());
  }

  @Test
  void instructions_reach_the_model_and_may_ask_for_another_language() {
    server.enqueue(Reply.text("Guten Tag [NAME_1],\n\nIhre Rückerstattung wurde veranlasst und ist in fünf bis sieben Werktagen auf "
        + "Ihrem ursprünglichen Zahlungsmittel [1].\n\nFreundliche Grüße"));

    Draft d = drafter("openai").following("auf Deutsch, bitte kürzer").draft(request());

    assertEquals(Draft.LLM, d.method(), d.toString());
    assertEquals("de", d.language());
    var sent = server.chatRequests().get(0);
    assertTrue(sent.message("user").contains("auf Deutsch, bitte kürzer"), sent.message("user"));
    assertTrue(sent.message("system").contains("Write the reply in German"), sent.message("system"));
  }

  @Test
  void the_prompt_follows_the_tone_the_customers_brevity_and_the_team_voice_in_models_dir() throws Exception {
    // given a team voice of the team's own in models_dir (it wins over the bundled one)
    Path teamModels = dir.resolve("team-models");
    java.nio.file.Files.createDirectories(teamModels);
    java.nio.file.Files.writeString(teamModels.resolve("voice.yaml"), """
        tone: "Playful and warm, first names only"
        use: ["our coffee puns"]
        avoid: ["technical jargon"]
        sign_off: "Lena from Kaffeo"
        """);
    ModelFiles files = new ModelFiles(teamModels, dir.resolve("extract"));
    LlmPrompts team = LlmPrompts.fromFiles(files.resolve("llm-prompts.yaml"), files.resolve("voice.yaml"));
    drafter("openai");
    LlmDrafter drafter = new LlmDrafter(r -> EXTRACTIVE, model, team, Privacy.forServer("always", server.openAiBase()), detector,
        new LlmDrafter.Settings(600, 8192), meters);
    server.enqueue(Reply.text(GOOD), Reply.text(GOOD));
    DraftRequest base = request();
    DraftRequest full = new DraftRequest("fr", base.subject(), CUSTOMER + " J'ai déposé le colis au point relais le 3 mars, "
        + "le suivi indique qu'il a été livré à votre entrepôt le 6 mars, et depuis je n'ai reçu aucune nouvelle malgré deux "
        + "messages.", base.retrieved(), base.intent(), 0.93, Optional.of("frustrated"), List.of(), Optional.of("Marie"));
    DraftRequest angryAndBrief = new DraftRequest("fr", base.subject(), "Toujours rien reçu. C'est inadmissible !",
        base.retrieved(), base.intent(), 0.93, Optional.of("angry"), List.of(), Optional.empty());

    // when it drafts for a frustrated customer who wrote at length, then for an angry one who wrote a line
    drafter.draft(full);
    drafter.draft(angryAndBrief);

    // then each prompt carries the team's voice, its tone's line and its length
    String frustrated = server.chatRequests().get(0).message("system");
    String angry = server.chatRequests().get(1).message("system");
    for (String system : List.of(frustrated, angry)) {
      assertTrue(system.contains("- Tone: Playful and warm, first names only") && system.contains("- Use: our coffee puns")
          && system.contains("- Avoid: technical jargon") && system.contains("- Sign off as: Lena from Kaffeo"), system);
    }
    assertTrue(frustrated.contains("The customer is frustrated") && frustrated.contains("at most " + LlmDrafter.MAX_WORDS + " words"), frustrated);
    assertTrue(angry.contains("sincere, specific apology") && angry.contains("keep the reply short, at most "
        + LlmDrafter.BRIEF_MAX_WORDS + " words"), angry);
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void a_429_is_retried_after_its_retry_after(String provider) {
    server.enqueue(Reply.status(429, 1), Reply.text(GOOD));
    long start = System.nanoTime();

    Draft d = drafter(provider).draft(request());

    assertEquals(Draft.LLM, d.method(), d.toString());
    assertEquals(2, server.chatRequests().size());
    Duration between = Duration.between(server.chatRequests().get(0).at(), server.chatRequests().get(1).at());
    assertTrue(between.toMillis() >= 900, "waited " + between + " as Retry-After: 1 asks");
    assertTrue(System.nanoTime() - start < 4_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void a_server_error_is_retried_then_the_extractive_draft_says_why(String provider) {
    server.enqueue(Reply.status(500, null), Reply.status(500, null), Reply.status(500, null));

    Draft d = drafter(provider).draft(request());

    assertEquals(Draft.EXTRACTIVE, d.method());
    assertEquals(3, server.chatRequests().size(), "llm.max_attempts");
    assertTrue(d.reason().orElse("").contains("500"), d.reason().toString());
  }

  @Test
  void a_rejected_request_is_not_retried() {
    server.requireApiKey("sk-right");
    Draft d = drafter("openai").draft(request());
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertEquals(1, server.chatRequests().size());
    assertTrue(d.reason().orElse("").contains("401"), d.reason().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void a_hang_past_the_timeout_falls_back_within_the_budget(String provider) {
    server.enqueue(Reply.hang(Duration.ofSeconds(10), GOOD));
    long start = System.nanoTime();

    Draft d = drafter(provider, "always", new GuardedLanguageModel.Settings(Duration.ofSeconds(2), 3, 5, Duration.ofSeconds(1),
        Duration.ofMillis(50))).draft(request());

    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertTrue(ms < 3500, "took " + ms + " ms with a 2 s budget");
    assertTrue(d.reason().orElse("").contains("gave no answer"), d.reason().toString());
    assertFalse(Thread.currentThread().isInterrupted(), "the budget's interrupt stays with the call");
  }

  @Test
  void repeated_failures_open_the_circuit_and_a_success_after_the_delay_closes_it() throws Exception {
    var settings = new GuardedLanguageModel.Settings(Duration.ofSeconds(5), 1, 3, Duration.ofSeconds(1), Duration.ofMillis(50));
    LlmDrafter drafter = drafter("openai", "always", settings);
    server.answerer(r -> Reply.status(500, null));
    for (int i = 0; i < 3; i++) drafter.draft(request());
    assertEquals("open-circuit", model.state());

    int before = server.chatRequests().size();
    Draft d = drafter.draft(request());
    assertEquals(before, server.chatRequests().size(), "an open circuit does not call the server");
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertTrue(d.reason().orElse("").contains("failed repeatedly"), d.reason().toString());

    Thread.sleep(1200);
    assertEquals("ok", model.state());
    server.answerer(r -> Reply.text(GOOD));
    assertEquals(Draft.LLM, drafter.draft(request()).method());
    assertEquals("ok", model.state());
    assertTrue(meters.scrape().contains("outcome=\"open_circuit\""), meters.scrape());
  }

  @Test
  void without_any_source_the_model_is_not_asked() {
    DraftRequest empty = new DraftRequest("fr", "Bonjour", "Bonjour", new Retrieved(List.of(), List.of(), List.of(), List.of()),
        Optional.empty());
    Draft d = drafter("openai").draft(empty);
    assertEquals(Draft.EXTRACTIVE, d.method());
    assertEquals(0, server.chatRequests().size());
  }
}
