package io.deskhand.eval;

import java.util.Objects;

/** One test ticket's top prediction for one field, against the agents' label. */
public record Outcome(String truth, String predicted, double confidence, boolean abstained, String language) {
  public Outcome {
    Objects.requireNonNull(truth, "truth");
    predicted = predicted == null ? "" : predicted;
    language = language == null ? "und" : language;
  }

  public boolean correct() {
    return truth.equals(predicted);
  }
}
