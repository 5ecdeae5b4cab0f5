package io.deskhand.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.clean.TextCleaner;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.index.Ingestor;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.index.TicketLabels;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.zendesk.ZendeskJson;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZendeskSyncIT {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void an_interrupted_sync_resumes_from_its_cursor_and_bundles_every_solved_ticket_once() throws Exception {
    // given: ~2000 tickets, a third solved with an agent reply, some deleted; small pages
    try (FakeZendesk zd = FakeZendesk.start("admin@example.com", "sync-token-8842")) {
      Set<Long> solved = new HashSet<>();
      Set<Long> deleted = new HashSet<>();
      for (int i = 0; i < 2000; i++) {
        long id = zd.addTicket("Order question " + i, "Hello, where is my order " + i + "? It has not arrived.", "new", List.of("web"));
        if (i % 3 == 0) {
          zd.addComment(id, 7, "We re-shipped order " + i + "; it arrives tomorrow.", true);
          zd.setStatus(id, i % 2 == 0 ? "solved" : "closed");
          solved.add(id);
        }
      }
      for (long id : List.of(3L, 6L, 9L, 10L)) {
        zd.deleteTicket(id);
        deleted.add(id);
        solved.remove(id);
      }
      zd.addGroup(360001, "Billing");
      zd.addGroup(360002, "Orders & Shipping");
      for (int i = 0; i < 7; i++) zd.addArticle(900 + i, i % 2 == 0 ? "en-us" : "fr", "Article " + i, "<h2>Shipping</h2><p>Parcels arrive in 3 days.</p>");
      zd.exportPageSize(100);
      zd.eventsPageSize(250);
      // the 6th export page fails on every attempt the client makes: the first run stops there
      zd.failAfter("GET", "/api/v2/incremental/tickets/cursor", 5, 3, 500, null);
      HttpZendeskClient client = client(zd);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream progress = new PrintStream(err, true, StandardCharsets.UTF_8);

      // when: the first run fails mid-way
      try (ZendeskSync sync = new ZendeskSync(client, dir.resolve("sync"), progress)) {
        assertThrows(ZendeskRetryableException.class, () -> sync.run(0, dir.resolve("groups.json")));
      }
      JsonNode state = json.readTree(dir.resolve("sync/state.json").toFile());
      assertTrue(state.hasNonNull("tickets_cursor"), state.toString());
      int exportCallsBefore = zd.requests("GET", p -> p.equals("/api/v2/incremental/tickets/cursor")).size();

      // and a second run picks up
      ZendeskSync.Report report;
      try (ZendeskSync sync = new ZendeskSync(client, dir.resolve("sync"), progress)) {
        report = sync.run(0, dir.resolve("groups.json"));
      }

      // then: it resumed with the cursor, not from the start, and stopped at end_of_stream
      var resumed = zd.requests("GET", p -> p.equals("/api/v2/incremental/tickets/cursor")).subList(exportCallsBefore, exportCallsBefore + 1);
      assertTrue(resumed.get(0).query().startsWith("cursor="), resumed.get(0).query());
      assertEquals(1, zd.requests("GET", p -> p.equals("/api/v2/incremental/tickets/cursor")).stream()
          .filter(r -> r.query().startsWith("start_time=")).count());
      var events = zd.requests("GET", p -> p.equals("/api/v2/incremental/ticket_events"));
      assertTrue(events.stream().allMatch(r -> r.query().contains("include=comment_events")));
      assertTrue(zd.requests("GET", p -> p.endsWith("/comments")).isEmpty(), "comments come from the events export, not per ticket");
      Map<Long, Integer> seen = new HashMap<>();
      for (String line : Files.readAllLines(dir.resolve("sync/tickets.ndjson"))) {
        JsonNode t = json.readTree(line);
        seen.merge(t.get("id").asLong(), 1, Integer::sum);
        assertTrue(Set.of("solved", "closed").contains(t.get("status").asText()));
        assertEquals(2, t.get("comments").size(), line);
        assertTrue(t.get("comments").get(0).get("body").asText().startsWith("Hello, where is my order"));
        assertTrue(t.get("comments").get(1).get("public").asBoolean());
      }
      assertEquals(solved, seen.keySet());
      assertTrue(seen.values().stream().allMatch(n -> n == 1));
      assertEquals(deleted, Set.copyOf(report.deleted()));
      assertEquals(7, json.readTree(dir.resolve("sync/articles.json").toFile()).get("articles").size());
      assertEquals(2, json.readTree(dir.resolve("groups.json").toFile()).get("groups").size());
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("sync tickets: page"));
      assertFalse(err.toString(StandardCharsets.UTF_8).contains("sync-token-8842"));

      // and the bundle goes into the index once per ticket
      var embedding = new DeskhandConfig.Embedding("all-minilm-l6-v2-q", Optional.empty(), Optional.empty(), "mean", 1, 2);
      try (Embedder embedder = OnnxEmbedder.create(embedding, dir.resolve("models"));
           LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(dir.resolve("lucene"), embedder, progress)) {
        Ingestor ingestor = new Ingestor(index, embedder, TextCleaner.none(), new LinguaLanguageDetector(List.of("en", "fr")),
            new TicketLabels(Optional.empty(), "intent__"), ZendeskJson::thread, progress);
        ingestor.tickets(dir.resolve("sync/tickets.ndjson"));
        Ingestor.Report again = ingestor.tickets(dir.resolve("sync/tickets.ndjson"));
        assertEquals(solved.size(), index.counts().tickets());
        assertEquals(0, again.written());
      }
    }
  }

  @Test
  void a_sync_interrupted_before_the_refresh_re_reads_the_redacted_ticket_on_the_rerun() throws Exception {
    // given: a synced account, then a card number redacted in a solved ticket's first comment
    try (FakeZendesk zd = FakeZendesk.start("admin@example.com", "sync-token-8842")) {
      String card = "4929817362504418";
      long carded = zd.addTicket("Charged twice", "My card number is " + card + ", refund the second charge.", "new", List.of());
      zd.addComment(carded, 7, "Refunded, sorry about that.", true);
      zd.setStatus(carded, "solved");
      long other = zd.addTicket("Where is my parcel", "It has not arrived.", "new", List.of());
      zd.setStatus(other, "solved");
      HttpZendeskClient client = client(zd);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream progress = new PrintStream(err, true, StandardCharsets.UTF_8);
      try (ZendeskSync sync = new ZendeskSync(client, dir.resolve("sync"), progress)) {
        assertEquals(0, sync.run(0, dir.resolve("groups.json")).refreshed());
      }
      zd.redactComment(carded, zd.commentsOf(carded).get(0).get("id").asLong(), card);
      // every attempt at the changed ticket's comments fails: the run stops after the ticket and events phases
      zd.fail("GET", "/api/v2/tickets/" + carded + "/comments", 3, 503, null);

      // when: that run fails, and the next one finds nothing new in the export
      try (ZendeskSync sync = new ZendeskSync(client, dir.resolve("sync"), progress)) {
        assertThrows(ZendeskRetryableException.class, () -> sync.run(0, dir.resolve("groups.json")));
      }
      ZendeskSync.Report report;
      try (ZendeskSync sync = new ZendeskSync(client, dir.resolve("sync"), progress)) {
        report = sync.run(0, dir.resolve("groups.json"));
      }

      // then: the rerun still re-read that ticket (and only it), and its original text is gone from the sync files
      assertEquals(0, report.ticketsSeen());
      assertEquals(1, report.refreshed());
      assertEquals(4, zd.requests("GET", p -> p.endsWith("/comments")).size()); // 3 failed attempts + the rerun
      assertTrue(zd.requests("GET", p -> p.endsWith("/comments")).stream().allMatch(r -> r.path().contains("/" + carded + "/")));
      String bundle = Files.readString(dir.resolve("sync/tickets.ndjson"));
      assertTrue(bundle.contains("\u2587".repeat(card.length())), bundle);
      try (Stream<Path> files = Files.walk(dir.resolve("sync"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(card), f.toString());
        }
      }
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("sync refresh changed tickets: 1/1"), err.toString(StandardCharsets.UTF_8));
    }
  }

  /** A client for the fake with quick retries, as the sync command builds one from its config. */
  private static HttpZendeskClient client(FakeZendesk zd) {
    return new HttpZendeskClient(new ZendeskSettings(zd.baseUrl(), "admin@example.com", new Secret("sync-token-8842"),
        60_000, 60_000, 3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(5)), new SimpleMeterRegistry());
  }
}
