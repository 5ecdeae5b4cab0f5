package io.deskhand.ticket;

import java.util.List;
import java.util.Objects;

/**
 * One predicted value of a field, with a calibrated confidence and what backs it.
 *
 * @param evidence similar solved tickets (or taxonomy examples) that carry this label
 */
public record Prediction(String label, double confidence, List<Alternative> alternatives, List<Evidence> evidence) {
  public Prediction {
    Objects.requireNonNull(label, "label");
    if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence + " for " + label);
    alternatives = List.copyOf(alternatives);
    evidence = List.copyOf(evidence);
  }

  public record Alternative(String label, double confidence) {}

  /** Either a solved ticket ({@code ticketId}) or a taxonomy example phrase ({@code example}). */
  public record Evidence(Long ticketId, String example, double score) {}
}
