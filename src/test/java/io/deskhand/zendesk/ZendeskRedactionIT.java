package io.deskhand.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.index.SearchRequest;
import io.deskhand.ticket.TicketHit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4: a ticket redacted, reopened or deleted in Zendesk leaves every file under the data dir on the next sync. */
class ZendeskRedactionIT {
  private static final String EMAIL = "admin@example.com";
  private static final String TOKEN = "redact-token-5521";
  /** Secrets without a repeated 4-byte run, so Lucene's LZ4 stores them verbatim and a byte search can see them. */
  private static final String CARD = "4929817362504418";
  private static final String IBAN = "DE44500105175407324931";
  private static final String PASSPORT = "X7QK9PB2MW";

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void a_redacted_comment_a_reopened_and_a_deleted_ticket_leave_every_file_under_the_data_dir_on_the_next_sync() throws Exception {
    try (FakeZendesk zd = FakeZendesk.start(EMAIL, TOKEN)) {
      // given: solved tickets with agent replies; one customer pasted a card number, others a passport and an IBAN
      List<Long> solved = new ArrayList<>();
      String[] topics = {"Parcel arrived damaged", "How do I reset my password", "Change the delivery address",
          "Cancel my subscription", "Invoice shows the wrong VAT number"};
      for (String topic : topics) solved.add(solvedTicket(zd, topic, topic + ": can you help me with this please?"));
      long carded = solvedTicket(zd, "Charged twice for order 5531",
          "I was charged twice for order 5531. My card number is " + CARD + ", please refund the second charge.");
      long reopened = solvedTicket(zd, "Passport needed for customs",
          "Customs asks for my passport for the parcel, it is " + PASSPORT + ". Is that enough?");
      // created last, so its comment event sits on the events export's time boundary and comes again every run
      long deleted = solvedTicket(zd, "Refund to my bank account",
          "Please refund the order to my bank account " + IBAN + " instead of the card.");
      Path data = dir.resolve("data");

      // when: the first sync
      SyncRun first = sync(zd, data);

      // then: every secret is in the bundle, the staging store and the Lucene files (so the checks below can fail)
      assertEquals(0, first.code(), first.err());
      for (String secret : List.of(CARD, PASSPORT, IBAN)) {
        List<Path> holders = filesContaining(data, secret);
        assertTrue(holders.contains(data.resolve("sync/tickets.ndjson")), secret + " " + holders);
        assertTrue(holders.stream().anyMatch(p -> p.getFileName().toString().startsWith("staging.db")), secret + " " + holders);
        assertTrue(holders.stream().anyMatch(p -> p.startsWith(data.resolve("lucene/tickets"))), secret + " " + holders);
      }
      assertTrue(zd.requests("GET", p -> p.endsWith("/comments")).isEmpty(), "the first sync reads comments in bulk");

      // given: an agent redacts the card number, another reopens a ticket and redacts the passport, one is deleted
      zd.redactComment(carded, zd.commentsOf(carded).get(0).get("id").asLong(), CARD);
      zd.setStatus(reopened, "open");
      zd.redactComment(reopened, zd.commentsOf(reopened).get(0).get("id").asLong(), PASSPORT);
      zd.deleteTicket(deleted);
      int before = zd.requests().size();

      // when: the next sync, incremental from the saved cursor
      SyncRun second = sync(zd, data);

      // then: only the changed solved ticket's comments were read again, one ticket at a time
      assertEquals(0, second.code(), second.err());
      List<FakeZendesk.Request> since = zd.requests().subList(before, zd.requests().size());
      assertEquals(List.of("/api/v2/tickets/" + carded + "/comments"),
          since.stream().filter(r -> r.path().endsWith("/comments")).map(FakeZendesk.Request::path).toList());
      assertTrue(since.stream().filter(r -> r.path().equals("/api/v2/incremental/tickets/cursor"))
          .allMatch(r -> r.query().startsWith("cursor=")), "the second sync resumes from the saved cursor");
      assertTrue(second.out().contains("1 refreshed"), second.out());
      assertTrue(second.out().contains("2 removed"), second.out());
      assertTrue(second.err().contains("sync refresh changed tickets: 1/1"), second.err());

      // and the redacted ticket is still bundled and indexed, with the redacted text
      JsonNode bundled = bundled(data, carded);
      String body = bundled.get("comments").get(0).get("body").asText();
      assertTrue(body.contains("\u2587".repeat(CARD.length())) && !body.contains(CARD), body);
      assertEquals(solved.size() + 1, Files.readAllLines(data.resolve("sync/tickets.ndjson")).size());
      assertIndexed(data, carded, solved.size() + 1);

      // and no secret is left in any file Deskhand keeps: bundle, staging store, Lucene segments, classifiers
      for (String secret : List.of(CARD, PASSPORT, IBAN)) assertEquals(List.of(), filesContaining(data, secret), secret);

      // when: one more sync, which gets the deleted ticket's comment event again at the events export's boundary
      SyncRun third = sync(zd, data);

      // then: it is not stored again
      assertEquals(0, third.code(), third.err());
      long boundary = Instant.parse(zd.commentsOf(deleted).getLast().get("created_at").asText()).getEpochSecond();
      assertTrue(zd.requests("GET", p -> p.equals("/api/v2/incremental/ticket_events")).getLast().query()
          .contains("start_time=" + boundary), "the third run's events export starts at the deleted ticket's last event");
      assertEquals(List.of(), filesContaining(data, IBAN));
      assertEquals(1, zd.requests("GET", p -> p.endsWith("/comments")).size(), "nothing changed, nothing re-read");
    }
  }

  private static long solvedTicket(FakeZendesk zd, String subject, String description) {
    long id = zd.addTicket(subject, description, "new", List.of("web"));
    zd.addComment(id, 7, "Thanks for writing in about \"" + subject.toLowerCase() + "\"; we have sorted it out for you.", true);
    zd.setStatus(id, "solved");
    return id;
  }

  private SyncRun sync(FakeZendesk zd, Path data) {
    return SyncRun.of(zd, data, EMAIL, TOKEN);
  }

  private JsonNode bundled(Path data, long id) throws IOException {
    for (String line : Files.readAllLines(data.resolve("sync/tickets.ndjson"))) {
      JsonNode t = json.readTree(line);
      if (t.get("id").asLong() == id) return t;
    }
    throw new AssertionError("ticket " + id + " is not in the bundle");
  }

  /** Searches the index the sync left for the ticket's subject: it is there, redacted. */
  private static void assertIndexed(Path data, long id, long tickets) throws IOException {
    var embedding = new DeskhandConfig.Embedding("all-minilm-l6-v2-q", Optional.empty(), Optional.empty(), "mean", 1, 2);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    try (Embedder embedder = OnnxEmbedder.create(embedding, Path.of("models"));
         LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(data.resolve("lucene"), embedder, quiet)) {
      assertEquals(tickets, index.counts().tickets());
      String query = "Charged twice for order 5531, please refund";
      List<TicketHit> hits = index.search(new SearchRequest(query, embedder.embed(query), "en", 3, 3, 0)).similarTickets();
      TicketHit hit = hits.stream().filter(h -> h.ticket().id() == id).findFirst()
          .orElseThrow(() -> new AssertionError("ticket " + id + " not found: " + hits));
      assertTrue(hit.ticket().customerText().contains("\u2587"), hit.ticket().customerText());
      assertFalse(hit.ticket().customerText().contains(CARD), hit.ticket().customerText());
    }
  }

  /** Every file under {@code root} whose bytes contain the UTF-8 of {@code secret}. */
  private static List<Path> filesContaining(Path root, String secret) throws IOException {
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(f -> {
        try {
          return indexOf(Files.readAllBytes(f), needle) >= 0;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}
