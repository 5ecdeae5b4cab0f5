package io.deskhand.draft;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply draft for the agent.
 *
 * @param method how it was written: {@link #EXTRACTIVE} (reused from solved tickets and articles), {@link #LLM} (written
 *     by a language model from numbered sources), {@link #CLARIFY} (nothing to reuse: a short question asking the
 *     customer for what is missing) or {@link #NONE} (declined; {@code body} says why in the ticket's language)
 * @param confidence the probability, learned at ingest, that an agent can use the draft (0 when declined)
 * @param reason why the draft was declined, is a clarifying question, or fell back from the LLM to the extractive
 *     drafter; empty otherwise
 * @param checks what the agent should check before sending: claims of actions done that the reused reply makes
 *     ("I have refunded you"), questions of the ticket the knowledge base does not answer
 */
public record Draft(String body, String method, String language, List<Source> sources, double confidence,
                    Optional<String> reason, List<String> checks) {
  public static final String EXTRACTIVE = "extractive";
  public static final String LLM = "llm";
  public static final String CLARIFY = "clarify";
  public static final String NONE = "none";
  /** Starts the reason of a draft that is not the language model's although one is configured (the note shows it). */
  public static final String LLM_NOT_USED = "LLM draft not used: ";

  public Draft {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(language, "language");
    if (!List.of(EXTRACTIVE, LLM, CLARIFY, NONE).contains(method)) throw new IllegalArgumentException("unknown draft method " + method);
    if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("draft confidence " + confidence + " is not in 0-1");
    sources = List.copyOf(sources);
    reason = reason == null ? Optional.empty() : reason;
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  public Draft(String body, String method, String language, List<Source> sources, double confidence, Optional<String> reason) {
    this(body, method, language, sources, confidence, reason, List.of());
  }

  /** No draft: {@code body} tells the agent why in the ticket's language, {@code reason} says it for logs and reports. */
  public static Draft declined(String body, String language, String reason) {
    return new Draft(body, NONE, language, List.of(), 0, Optional.of(reason));
  }

  /** A solved ticket ("ticket"), help-center article ("article") or internal doc ("doc") the draft was built from. */
  public record Source(String kind, String id, String url) {}

  public boolean declined() {
    return NONE.equals(method);
  }

  /** The same draft with another explanation (an LLM fallback names why the extractive draft is shown). */
  public Draft withReason(String why) {
    return new Draft(body, method, language, sources, confidence, Optional.of(why), checks);
  }

  /** low, medium or high, as the note shows it (thresholds: DraftGate's). */
  public String confidenceBand() {
    return confidence >= 0.75 ? "high" : confidence >= 0.5 ? "medium" : "low";
  }
}
