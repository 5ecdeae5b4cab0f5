package io.deskhand.draft;

import java.util.List;

/**
 * What is known at triage time about a candidate draft, as the draft gate reads it. The same code computes them when
 * the gate is fitted at ingest (held-back solved tickets drafted from the rest) and at triage time.
 */
public record GateFeatures(double[] values) {
  /**
   * Only what retrieval tells, the same at ingest and at triage: the predicted intent picks which candidates are
   * considered, but is not a feature, since at ingest no classifier trained without the held-back ticket exists
   * (its confidence there would be the training fit's). How clear the neighbours' vote is (vote_share: the share of
   * its winner, whichever intent the candidate has) stands in for the classifier's confidence: a request the
   * knowledge base does not cover has no clear winner.
   */
  public static final List<String> REPLY = List.of("cosine", "top_cosine", "fused_rank", "word_overlap", "intent_vote",
      "intent_agreement", "consensus", "candidates", "vote_share");
  public static final List<String> ARTICLE = List.of("cosine", "top_ticket_cosine", "word_overlap", "fused_rank", "intent_vote");

  public GateFeatures {
    values = values.clone();
    for (double v : values) if (Double.isNaN(v)) throw new IllegalArgumentException("a draft gate feature is NaN");
  }
}
