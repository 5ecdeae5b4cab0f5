package io.deskhand.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.clean.TextCleaner;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.ticket.Retrieved;
import io.deskhand.zendesk.ZendeskJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneKnowledgeIndexTest {
  static Embedder embedder;
  static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

  @BeforeAll
  static void loadModel() {
    embedder = OnnxEmbedder.create(embeddingConfig("all-minilm-l6-v2-q"), Path.of("models"));
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  static DeskhandConfig.Embedding embeddingConfig(String model) {
    return new DeskhandConfig.Embedding(model, Optional.empty(), Optional.empty(), "mean", 1, 2);
  }

  static String ticket(long id, String status, String lang, String subject, String body, String reply) {
    return ("{\"id\":%d,\"subject\":\"%s\",\"description\":\"%s\",\"status\":\"%s\",\"priority\":\"normal\",\"type\":\"question\","
        + "\"tags\":[\"t%d\"],\"group_id\":1,\"requester_id\":9%d,\"created_at\":\"2026-03-0%dT10:00:00Z\","
        + "\"custom_fields\":[{\"id\":7,\"value\":\"intent.%d\"}],\"comments\":[{\"author_id\":9%d,\"public\":true,\"body\":\"%s\"},"
        + "{\"author_id\":5,\"public\":false,\"body\":\"internal note\"},{\"author_id\":5,\"public\":true,\"body\":\"%s\"}]}")
        .formatted(id, subject, body, status, id, id, 1 + id % 9, id, id, body, reply);
  }

  static Path bundle(Path dir, String... lines) throws Exception {
    Path f = dir.resolve("bundle-" + System.nanoTime() + ".ndjson");
    Files.write(f, List.of(lines));
    return f;
  }

  Ingestor ingestor(LuceneKnowledgeIndex index) {
    return new Ingestor(index, embedder, TextCleaner.none(), new LinguaLanguageDetector(List.of("en", "fr", "de")),
        new TicketLabels(Optional.of(7L), "intent__"), ZendeskJson::thread, QUIET);
  }

  static final String[] FIXTURE = {
      ticket(1, "solved", "en", "Refund not received", "I returned my order two weeks ago and the refund has not arrived.", "Your refund was issued today; allow 5 to 7 business days."),
      ticket(2, "closed", "en", "Parcel stuck", "My parcel tracking has not moved for five days.", "The carrier confirmed a delay; it arrives Monday."),
      ticket(3, "solved", "en", "Cannot log in", "The password reset email never arrives and I cannot log in.", "We resent the reset link; check the spam folder."),
      ticket(4, "solved", "fr", "Remboursement", "Je n'ai pas reçu le remboursement de ma commande retournée.", "Le remboursement est parti aujourd'hui, comptez 5 à 7 jours ouvrés."),
      ticket(5, "open", "en", "Refund please", "Where is my refund for the returned grinder?", ""),
      ticket(6, "solved", "en", "Change address", "Please ship my next box to my new address in Lyon.", "Done, the address is updated for the next box.")};

  @Test
  void hybrid_search_finds_the_matching_solved_ticket_first_and_never_an_open_one(@TempDir Path dir) throws Exception {
    try (var index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, QUIET)) {
      Ingestor.Report report = ingestor(index).tickets(bundle(dir, FIXTURE));
      assertEquals(5, report.written());
      assertEquals(1, report.skipped().get("not solved or closed"));

      String q = "Refund for returned order still missing";
      Retrieved r = index.search(new SearchRequest(q, embedder.embed(q), "en", 3, 3, 2));
      assertEquals(1, r.similarTickets().get(0).ticket().id());
      assertTrue(r.neighbours().stream().limit(3).anyMatch(h -> h.ticket().id() == 1), "kNN has the refund ticket in its top 3");
      assertTrue(r.similarTickets().stream().noneMatch(h -> h.ticket().id() == 5), "open tickets are never returned");
      assertEquals("Your refund was issued today; allow 5 to 7 business days.", r.similarTickets().get(0).ticket().resolution());
      assertEquals("intent.1", r.similarTickets().get(0).ticket().labels().get("intent"));
      assertEquals(5, index.counts().tickets());
    }
  }

  @Test
  void the_same_language_hits_are_the_nearest_tickets_in_the_requested_language_only(@TempDir Path dir) throws Exception {
    try (var index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, QUIET)) {
      ingestor(index).tickets(bundle(dir, FIXTURE));
      String q = "Refund for returned order still missing";
      float[] v = embedder.embed(q);

      Retrieved inFrench = index.search(new SearchRequest(q, v, "fr", 3, 3, 0, 3));
      assertEquals(List.of(4L), inFrench.sameLanguage().stream().map(h -> h.ticket().id()).toList());
      Retrieved inEnglish = index.search(new SearchRequest(q, v, "en", 3, 3, 0, 2));
      assertEquals(2, inEnglish.sameLanguage().size());
      assertEquals(1, inEnglish.sameLanguage().get(0).ticket().id());
      assertTrue(inEnglish.sameLanguage().stream().allMatch(h -> h.ticket().language().equals("en")), inEnglish.sameLanguage().toString());
      assertTrue(index.search(new SearchRequest(q, v, "fr", 3, 3, 0)).sameLanguage().isEmpty(), "not asked for: none");
    }
  }

  @Test
  void re_ingesting_replaces_a_ticket_and_an_interrupted_run_resumes_without_re_embedding(@TempDir Path dir) throws Exception {
    try (var index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, QUIET)) {
      Path first = bundle(dir, FIXTURE);
      ingestor(index).tickets(first);
      Ingestor.Report again = ingestor(index).tickets(first);
      assertEquals(0, again.written());
      assertEquals(5, again.unchanged());

      ingestor(index).tickets(bundle(dir, ticket(2, "solved", "en", "Parcel stuck in Lyon", "Tracking frozen for a week.", "Reshipped.")));
      assertEquals(5, index.counts().tickets());
      String q = "Parcel stuck in Lyon";
      var hits = index.search(new SearchRequest(q, embedder.embed(q), "en", 5, 5, 0)).similarTickets();
      assertEquals("Parcel stuck in Lyon", hits.get(0).ticket().subject());
      assertEquals(1, hits.stream().filter(h -> h.ticket().id() == 2).count());
    }
  }

  @Test
  void every_ingest_run_leaves_the_tickets_in_one_segment_without_the_replaced_versions(@TempDir Path dir) throws Exception {
    try (var index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, QUIET)) {
      ingestor(index).tickets(bundle(dir, FIXTURE));
      ingestor(index).tickets(bundle(dir, ticket(7, "solved", "en", "Gift card", "My gift card code is refused at checkout.", "We reactivated the code.")));
      ingestor(index).tickets(bundle(dir, ticket(2, "solved", "en", "Parcel lost", "The parcel never came.", "Reshipped.")));

      assertEquals(1, index.ticketSegments());
      assertEquals(6, index.counts().tickets());
      String q = "gift card code refused";
      assertEquals(7, index.search(new SearchRequest(q, embedder.embed(q), "en", 1, 1, 0)).similarTickets().get(0).ticket().id());
    }
  }

  @Test
  void a_bundle_saved_with_a_byte_order_mark_loses_no_ticket(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bom.ndjson");
    Files.writeString(f, "\uFEFF" + String.join("\n", FIXTURE) + "\n");
    try (var index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, QUIET)) {
      Ingestor.Report report = ingestor(index).tickets(f);
      assertEquals(5, report.written(), report.toString());
      assertEquals(null, report.skipped().get("malformed ticket JSON"));
    }
  }

  @Test
  void inputs_holding_nothing_to_ingest_are_refused_naming_the_file(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("tickets.csv"), "id,subject,body\n1,Refund,Where is my refund?\n");
    Path ticketsAsArticles = bundle(dir, FIXTURE);
    Path emptyDocs = Files.createDirectories(dir.resolve("docs"));
    try (var index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, QUIET)) {
      BadInputException tickets = assertThrows(BadInputException.class, () -> ingestor(index).tickets(csv));
      assertTrue(tickets.getMessage().contains("tickets.csv") && tickets.getMessage().contains("not a Zendesk bundle"), tickets.getMessage());
      BadInputException articles = assertThrows(BadInputException.class, () -> ingestor(index).articles(ticketsAsArticles));
      assertTrue(articles.getMessage().contains("no article with an id and a body"), articles.getMessage());
      BadInputException docs = assertThrows(BadInputException.class, () -> ingestor(index).docs(emptyDocs));
      assertTrue(docs.getMessage().contains("holds no .md"), docs.getMessage());
      assertEquals(0, index.counts().tickets());
    }
  }

  @Test
  void searches_keep_working_while_an_ingest_writes(@TempDir Path dir) throws Exception {
    try (var index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, QUIET)) {
      String[] many = new String[300];
      for (int i = 0; i < many.length; i++) {
        many[i] = ticket(100 + i, "solved", "en", "Order question " + i, "Where is order number " + i + " please?", "It ships tomorrow.");
      }
      Path big = bundle(dir, many);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread writer = new Thread(() -> {
        try {
          ingestor(index).tickets(big);
        } catch (Throwable t) {
          failure.set(t);
        }
      });
      float[] v = embedder.embed("where is my order");
      AtomicInteger searches = new AtomicInteger();
      writer.start();
      while (writer.isAlive()) {
        index.search(new SearchRequest("where is my order", v, "en", 5, 5, 1));
        searches.incrementAndGet();
      }
      writer.join();
      assertEquals(null, failure.get());
      assertTrue(searches.get() > 0);
      assertEquals(300, index.counts().tickets());
      assertFalse(index.search(new SearchRequest("where is my order", v, "en", 5, 5, 1)).similarTickets().isEmpty());
    }
  }

  @Test
  void an_index_built_with_another_model_is_rebuilt_from_its_stored_sources(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("lucene");
    try (var index = LuceneKnowledgeIndex.open(path, embedder, QUIET)) {
      ingestor(index).tickets(bundle(dir, FIXTURE));
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Embedder bge = OnnxEmbedder.create(embeddingConfig("bge-small-en-v1.5-q"), Path.of("models"));
         var index = LuceneKnowledgeIndex.open(path, bge, new PrintStream(log, true))) {
      assertTrue(log.toString().contains("rebuilding"), log.toString());
      assertTrue(log.toString().contains("rebuild index (tickets): 5/5"), log.toString());
      assertEquals(5, index.counts().tickets());
      String q = "I cannot log in, the reset email is missing";
      assertEquals(3, index.search(new SearchRequest(q, bge.embed(q), "en", 1, 1, 0)).similarTickets().get(0).ticket().id());
    }
    assertEquals("bge-small-en-v1.5-q", LuceneKnowledgeIndex.storedModel(path));
  }
}
