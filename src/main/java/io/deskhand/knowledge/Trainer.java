package io.deskhand.knowledge;

import io.deskhand.classify.LabelledTicket;
import io.deskhand.index.KnowledgeIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A model learned from the knowledge base's solved tickets, fitted each time the knowledge changes and saved next to
 * the revision it was fitted on (the classifiers today; add another learned model by adding a trainer to the list
 * {@link KnowledgeBase.Parts} takes). Trainers run in that list's order, all on the same revision; what each fits is
 * switched in only when that revision is published, together with the index it was fitted on.
 */
public interface Trainer {
  /** The revision being built, before it is published. */
  interface TrainingData {
    /** Its newest {@code max} solved tickets with their stored embeddings, newest first (read once per retrain). */
    List<LabelledTicket> newestTickets(int max) throws IOException;

    /** Searches of that revision (not of the published one, which triage still uses meanwhile). */
    KnowledgeIndex index();
  }

  /** What a fit produced, ready to be switched in. */
  @FunctionalInterface
  interface Fitted {
    void use();
  }

  /**
   * Fits on {@code data}, saves what it learned under {@code dir} and returns it. A fit that learned nothing (no
   * tickets, too few labels) returns a {@code Fitted} that switches the model off, and saves enough for {@link #load}
   * to say so: an empty {@code load} makes the next start retrain.
   */
  Fitted train(TrainingData data, Path dir) throws IOException;

  /** What {@link #train} saved under {@code dir}; empty when it never ran there (or ran for another embedding model). */
  Optional<Fitted> load(Path dir);
}
