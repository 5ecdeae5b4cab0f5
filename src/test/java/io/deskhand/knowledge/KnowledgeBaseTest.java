package io.deskhand.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.bench.Bench;
import io.deskhand.clean.TextCleaner;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.index.IndexCounts;
import io.deskhand.index.Ingestor;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.index.SearchRequest;
import io.deskhand.index.TicketLabels;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.support.MiniDemo;
import io.deskhand.ticket.TicketHit;
import io.deskhand.zendesk.ZendeskJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the knowledge base changes: one revision per change, searched only once complete, resumable when cut short. */
class KnowledgeBaseTest {
  static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());
  static Embedder embedder;
  @TempDir Path dir;

  @BeforeAll
  static void loadModel() {
    embedder = OnnxEmbedder.create(new DeskhandConfig.Embedding("all-minilm-l6-v2-q", Optional.empty(), Optional.empty(), "mean", 1, 2),
        Path.of("models"));
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  void miniDemo() throws Exception {
    MiniDemo.write(dir.resolve("demo"));
  }

  /** {@code n} tickets of a team (ids from 5,000,000 on, none of the demo's). */
  Path teamBundle(int n) throws Exception {
    return new Bench(QUIET).syntheticBundle(Path.of("eval/demo/tickets.ndjson"), n, dir.resolve("team-" + n + ".ndjson"));
  }

  KnowledgeBase open(Path data, Embedder embedder, List<Trainer> trainers) throws Exception {
    return KnowledgeBase.open(new KnowledgeBase.Parts(data, dir.resolve("demo"), embedder, TextCleaner.none(),
        new LinguaLanguageDetector(List.of("en", "fr", "de", "es")), new TicketLabels(Optional.empty(), "intent__"), Map.of(),
        trainers), QUIET);
  }

  static KnowledgeBase.Sources tickets(Path bundle) {
    return new KnowledgeBase.Sources(Optional.of(bundle), Optional.empty(), Optional.empty());
  }

  @Test
  void an_ingest_cut_short_leaves_the_demo_in_force_and_its_rerun_writes_only_what_was_missing() throws Exception {
    // given: the demo, then an ingest of 300 tickets whose embedding fails after 280 texts (256 were committed)
    miniDemo();
    Path data = dir.resolve("data");
    IndexCounts demo;
    try (KnowledgeBase kb = open(data, embedder, List.of())) {
      kb.loadDemo();
      demo = kb.index().counts();
    }
    Path team = teamBundle(300);
    try (KnowledgeBase kb = open(data, new FailingEmbedder(embedder, 280), List.of())) {
      assertThrows(IllegalStateException.class, () -> kb.ingest(tickets(team), KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN));
      // then: nothing of the cut-short run is searched, the demo is not gone
      assertEquals(demo, kb.index().counts());
      assertTrue(kb.holdsDemo());
    }

    try (KnowledgeBase kb = open(data, embedder, List.of())) {
      // the next start (serve, say) still answers from the demo, and knows a run is unfinished
      assertEquals(demo, kb.index().counts());
      assertTrue(kb.holdsDemo());
      assertTrue(kb.status().unpublished());
      assertFalse(kb.loadDemoIfEmpty());

      // when: the ingest runs again
      Ingestor.Report rerun = kb.ingest(tickets(team), KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN).get(0);

      // then: it skipped what the first run committed, and the demo went with the same publish
      assertEquals(256, rerun.unchanged(), rerun.toString());
      assertEquals(44, rerun.written(), rerun.toString());
      assertEquals(new IndexCounts(300, 0, 0), kb.index().counts());
      assertFalse(kb.holdsDemo());
      assertFalse(kb.status().unpublished());
      assertTrue(kb.groups().idOf("Billing").isEmpty(), "the demo's groups went with it: " + kb.groups());
    }
    try (KnowledgeBase kb = open(data, embedder, List.of())) {
      assertEquals(new IndexCounts(300, 0, 0), kb.index().counts());
      assertFalse(kb.holdsDemo());
      String q = "where is my refund";
      List<TicketHit> hits = kb.index().search(new SearchRequest(q, embedder.embed(q), "en", 5, 10, 3)).similarTickets();
      assertFalse(hits.isEmpty());
      assertTrue(hits.stream().allMatch(h -> h.ticket().id() >= 5_000_000), hits.toString());
    }
  }

  @Test
  void searches_answer_from_the_previous_revision_until_the_new_one_is_complete_then_from_the_new_one_only() throws Exception {
    // given: the demo, and a trainer that records what it was fitted on and when that is switched in
    miniDemo();
    RecordingTrainer trainer = new RecordingTrainer();
    try (KnowledgeBase kb = open(dir.resolve("data"), embedder, List.of(trainer))) {
      kb.loadDemo();
      IndexCounts demo = kb.index().counts();
      assertEquals(40, trainer.inUse.get());
      Path team = teamBundle(400);
      String q = "my parcel has not arrived";
      float[] v = embedder.embed(q);

      // when: a team's tickets come in while searches run
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread ingest = new Thread(() -> {
        try {
          kb.ingest(tickets(team), KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN);
        } catch (Throwable t) {
          failure.set(t);
        }
      });
      ingest.start();
      Set<IndexCounts> seen = new HashSet<>();
      int mixed = 0;
      int searches = 0;
      while (ingest.isAlive()) {
        seen.add(kb.index().counts());
        List<TicketHit> hits = kb.index().search(new SearchRequest(q, v, "en", 5, 10, 3)).similarTickets();
        long fromTeam = hits.stream().filter(h -> h.ticket().id() >= 5_000_000).count();
        if (fromTeam != 0 && fromTeam != hits.size()) mixed++;
        searches++;
      }
      ingest.join();

      // then: every search saw the demo whole or the team's tickets whole, never a mix or a partial ingest
      assertEquals(null, failure.get());
      assertTrue(searches > 10, "searches: " + searches);
      assertEquals(0, mixed);
      IndexCounts team400 = new IndexCounts(400, 0, 0);
      seen.removeAll(Set.of(demo, team400));
      assertTrue(seen.isEmpty(), "counts seen besides the two revisions: " + seen);
      assertEquals(team400, kb.index().counts());
      assertEquals(List.of(40, 400), trainer.fittedOn, "fitted once per change, on that change's tickets");
      assertEquals(List.of(40L, 400L), trainer.searchedOn, "a trainer searches the revision it fits, not the published one");
      assertEquals(400, trainer.inUse.get());
      assertEquals(2, kb.status().revision());
    }
  }

  @Test
  void a_data_dir_from_0_3_keeps_its_demo_and_groups_and_moves_to_revisions_at_its_first_change() throws Exception {
    // given: the 0.3 layout: an index without revisions, the demo marker file, groups.json beside it
    Path data = dir.resolve("data");
    Path demoTickets = Files.write(dir.resolve("demo-tickets.ndjson"),
        Files.readAllLines(Path.of("eval/demo/tickets.ndjson"), StandardCharsets.UTF_8).subList(0, 30));
    try (LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(data.resolve("lucene"), embedder, QUIET)) {
      new Ingestor(index, embedder, TextCleaner.none(), new LinguaLanguageDetector(List.of("en", "fr", "de", "es")),
          new TicketLabels(Optional.of(900001L), "intent__"), ZendeskJson::thread, QUIET).tickets(demoTickets);
    }
    Files.writeString(data.resolve(KnowledgeBase.LEGACY_DEMO_MARKER), "demo\n");
    Files.copy(Path.of("eval/demo/groups.json"), data.resolve("groups.json"));

    // when / then: it opens as it was
    try (KnowledgeBase kb = open(data, embedder, List.of())) {
      assertTrue(kb.holdsDemo());
      assertEquals(30, kb.index().counts().tickets());
      assertTrue(kb.groups().idOf("Billing").isPresent());
      assertEquals(0, kb.status().revision());

      // and its first change replaces the demo and the old files
      kb.ingest(tickets(teamBundle(20)), KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN);
      assertFalse(kb.holdsDemo());
      assertEquals(20, kb.index().counts().tickets());
      assertEquals(1, kb.status().revision());
    }
    assertFalse(Files.exists(data.resolve(KnowledgeBase.LEGACY_DEMO_MARKER)));
    assertFalse(Files.exists(data.resolve("groups.json")));
    assertTrue(Files.isRegularFile(data.resolve("knowledge.json")));
  }

  @Test
  void a_refused_input_before_anything_went_in_changes_nothing() throws Exception {
    miniDemo();
    Path data = dir.resolve("data");
    try (KnowledgeBase kb = open(data, embedder, List.of())) {
      kb.loadDemo();
      IndexCounts demo = kb.index().counts();
      Path notArticles = Files.writeString(dir.resolve("articles.json"), "{\"articles\": [{\"title\": \"no id, no body\"}]}");
      var sources = new KnowledgeBase.Sources(Optional.empty(), Optional.of(notArticles), Optional.empty());
      assertThrows(io.deskhand.index.BadInputException.class, () -> kb.ingest(sources, KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN));
      assertEquals(demo, kb.index().counts());
      assertTrue(kb.holdsDemo());
      assertEquals(1, kb.status().revision());
    }
  }

  /** Fails every embedding once {@code limit} texts were embedded: a process stopped in the middle of an ingest. */
  private record FailingEmbedder(Embedder delegate, int limit, AtomicInteger embedded) implements Embedder {
    FailingEmbedder(Embedder delegate, int limit) {
      this(delegate, limit, new AtomicInteger());
    }

    @Override
    public float[] embed(String text) {
      return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      if (embedded.addAndGet(texts.size()) > limit) throw new IllegalStateException("embedding stopped (test)");
      return delegate.embedAll(texts);
    }

    @Override
    public int dimension() {
      return delegate.dimension();
    }

    @Override
    public String modelId() {
      return delegate.modelId();
    }
  }

  /** Records the ticket count of each fit (read and searched), and which fit is in use. */
  private static final class RecordingTrainer implements Trainer {
    final List<Integer> fittedOn = new CopyOnWriteArrayList<>();
    final List<Long> searchedOn = new CopyOnWriteArrayList<>();
    final AtomicInteger inUse = new AtomicInteger(-1);

    @Override
    public Fitted train(TrainingData data, Path dir) throws java.io.IOException {
      int n = data.newestTickets(100_000).size();
      fittedOn.add(n);
      searchedOn.add(data.index().counts().tickets());
      Files.writeString(dir.resolve("recorded.txt"), Integer.toString(n));
      return () -> inUse.set(n);
    }

    @Override
    public Optional<Fitted> load(Path dir) {
      Path f = dir.resolve("recorded.txt");
      if (!Files.isRegularFile(f)) return Optional.empty();
      try {
        int n = Integer.parseInt(Files.readString(f));
        return Optional.of(() -> inUse.set(n));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
