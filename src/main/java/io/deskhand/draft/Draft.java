package io.deskhand.draft;

import java.util.List;
import java.util.Objects;

/**
 * A reply draft for the agent. {@code method} is "extractive", "llm", or "none" when Deskhand declined to draft
 * (then {@code body} says why, in the ticket's language where it can).
 */
public record Draft(String body, String method, String language, List<Source> sources) {
  public static final String NONE = "none";

  public Draft {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(method, "method");
    sources = List.copyOf(sources);
  }

  /** A solved ticket ("ticket") or help-center article ("article") the draft was built from. */
  public record Source(String kind, String id, String url) {}

  public boolean declined() {
    return NONE.equals(method);
  }
}
