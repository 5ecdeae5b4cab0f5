package io.deskhand.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.Services;
import io.deskhand.bench.Bench;
import io.deskhand.clean.TextCleaner;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.draft.DraftGate;
import io.deskhand.draft.DraftingPhrases;
import io.deskhand.draft.ExtractiveDrafter;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.entity.EntityExtractor;
import io.deskhand.entity.EntityRules;
import io.deskhand.entity.TicketEntities;
import io.deskhand.index.TicketLabels;
import io.deskhand.language.LanguageDetector;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.support.DemoServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned draft gate as one of the knowledge base's trainers: fitted on each revision, kept with it. */
class DraftGateTrainerTest {
  static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());
  @TempDir Path dir;

  @Test
  void the_demo_revision_carries_a_draft_gate_fitted_on_it_which_the_drafter_uses() {
    Services s = DemoServices.get();
    Path revision = s.config().dataDir().resolve("revisions").resolve(Long.toString(s.knowledge().status().revision()));
    assertTrue(Files.isRegularFile(revision.resolve(DraftGate.FILE)), "saved beside the classifiers in " + revision);
    Optional<DraftGate> saved = DraftGate.load(revision);
    assertTrue(s.draftGate().isPresent(), "switched in with the revision");
    assertEquals(saved.get().heldBack(), s.draftGate().get().heldBack());
    assertTrue(s.draftGate().get().heldBack() >= 40, "fitted on the demo's held-back drafts: " + s.draftGate().get().heldBack());
  }

  @Test
  void a_knowledge_base_too_small_for_a_gate_drafts_without_one_and_a_restart_does_not_refit_for_it() throws Exception {
    Path bundle = new Bench(QUIET).syntheticBundle(Path.of("eval/demo/tickets.ndjson"), 12, dir.resolve("team.ndjson"));
    try (Embedder embedder = OnnxEmbedder.create(new DeskhandConfig.Embedding("all-minilm-l6-v2-q", Optional.empty(), Optional.empty(),
        "mean", 1, 2), Path.of("models"))) {
      List<Optional<DraftGate>> used = new ArrayList<>();
      AtomicInteger fits = new AtomicInteger();
      LanguageDetector detector = new LinguaLanguageDetector(List.of("en", "fr", "de", "es"));
      EntityExtractor entities = new EntityExtractor(EntityRules.fromFile(Path.of("models/entities.yaml")));
      ExtractiveDrafter drafter = new ExtractiveDrafter(DraftingPhrases.fromFile(Path.of("models/drafting.yaml")), detector, entities,
          ExtractiveDrafter.Floors.none(), Optional::empty);
      Trainer gate = counting(new DraftGateTrainer(10_000, 7, 0.6, detector, drafter, new TicketEntities(entities), used::add, QUIET), fits);
      KnowledgeBase.Parts parts = new KnowledgeBase.Parts(dir.resolve("data"), dir.resolve("no-demo"), embedder, TextCleaner.none(),
          detector, new TicketLabels(Optional.empty(), "intent__"), Map.of(), List.of(gate));

      // when: 12 tickets are ingested (the gate needs 40 held-back drafts)
      try (KnowledgeBase kb = KnowledgeBase.open(parts, QUIET)) {
        kb.ingest(new KnowledgeBase.Sources(Optional.of(bundle), Optional.empty(), Optional.empty()), KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN);
        assertEquals(12, kb.status().counts().tickets());
      }
      // then: no gate (the drafter keeps its fixed floors), and the revision says so
      assertEquals(1, fits.get());
      assertEquals(List.of(Optional.empty()), used);
      Path revision = dir.resolve("data").resolve("revisions").resolve("1");
      assertFalse(Files.exists(revision.resolve(DraftGate.FILE)));

      // and: a restart takes that answer as it is instead of fitting again
      used.clear();
      try (KnowledgeBase kb = KnowledgeBase.open(parts, QUIET)) {
        assertEquals(1, kb.status().revision());
      }
      assertEquals(1, fits.get(), "refitted at start");
      assertEquals(List.of(Optional.empty()), used);
    }
  }

  private static Trainer counting(Trainer t, AtomicInteger fits) {
    return new Trainer() {
      @Override
      public Fitted train(TrainingData data, Path dir) throws IOException {
        fits.incrementAndGet();
        return t.train(data, dir);
      }

      @Override
      public Optional<Fitted> load(Path dir) {
        return t.load(dir);
      }
    };
  }
}
