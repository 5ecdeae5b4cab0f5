package io.deskhand.classify;

import java.io.Serializable;
import java.util.Map;

/**
 * How a learned field's model was chosen at ingest: each candidate's scores on the held-back tickets, and the one
 * kept. Candidates are named by their parts: {@code linear} (logistic regression on n-grams and the embedding, for
 * priority also the tone and urgency signals), {@code tfidf} (on n-grams only, as eval's baseline row),
 * {@code tfidf+signals} (priority: n-grams and the signals), {@code knn} (the nearest solved tickets' vote) and
 * {@code prior} (the taxonomy's zero-shot scores), joined by "+" for a blend.
 *
 * @param heldBack candidate -> its best blend's scores (empty when too few tickets were held back to choose)
 */
public record ModelChoice(String chosen, Map<String, Score> heldBack, int heldBackCount) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ModelChoice {
    heldBack = Map.copyOf(heldBack);
  }

  /** Accuracy of the top answer and mean log-loss (natural log) of the true label's probability. */
  public record Score(double accuracy, double logLoss) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
