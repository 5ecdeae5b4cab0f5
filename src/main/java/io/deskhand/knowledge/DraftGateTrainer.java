package io.deskhand.knowledge;

import io.deskhand.draft.DraftGate;
import io.deskhand.draft.ExtractiveDrafter;
import io.deskhand.entity.TicketEntities;
import io.deskhand.language.LanguageDetector;
import io.deskhand.triage.DraftGateTraining;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The learned draft gate ({@link DraftGateTraining}) as a {@link Trainer}: held-back tickets of the revision being
 * built are drafted from the rest of it, so the gate is fitted on the index it will gate drafts from.
 */
public final class DraftGateTrainer implements Trainer {
  /** Saved when a fit learned nothing (too small a knowledge base), so a start does not refit for want of a gate. */
  static final String NOT_FITTED = "draft-gate.none";

  private final int maxTickets;
  private final int neighbours;
  private final double targetPrecision;
  private final LanguageDetector detector;
  private final ExtractiveDrafter drafter;
  private final TicketEntities entities;
  private final Consumer<Optional<DraftGate>> use;
  private final PrintStream log;

  /**
   * @param maxTickets the newest solved tickets to sample from (the classifiers' training set)
   * @param use switches the drafter to the given gate (empty: its fixed cosine floors)
   */
  public DraftGateTrainer(int maxTickets, int neighbours, double targetPrecision, LanguageDetector detector,
                          ExtractiveDrafter drafter, TicketEntities entities, Consumer<Optional<DraftGate>> use, PrintStream log) {
    this.maxTickets = maxTickets;
    this.neighbours = neighbours;
    this.targetPrecision = targetPrecision;
    this.detector = detector;
    this.drafter = drafter;
    this.entities = entities;
    this.use = use;
    this.log = log;
  }

  @Override
  public Fitted train(TrainingData data, Path dir) throws IOException {
    Optional<DraftGate> gate = new DraftGateTraining(data.index(), detector, drafter, entities, neighbours, log)
        .fit(data.newestTickets(maxTickets), targetPrecision, 42);
    if (gate.isPresent()) {
      gate.get().save(dir);
      Files.deleteIfExists(dir.resolve(NOT_FITTED));
    } else {
      DraftGate.delete(dir);
      Files.writeString(dir.resolve(NOT_FITTED), "too few solved tickets to fit the draft gate\n");
    }
    return () -> use.accept(gate);
  }

  @Override
  public Optional<Fitted> load(Path dir) {
    Optional<DraftGate> gate = DraftGate.load(dir);
    if (gate.isEmpty() && !Files.isRegularFile(dir.resolve(NOT_FITTED))) return Optional.empty();
    return Optional.of(() -> use.accept(gate));
  }
}
