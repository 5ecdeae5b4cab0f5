package io.deskhand.ticket;

import java.util.Objects;

/** A section of a help-center article or of an internal doc. {@code url} is null for internal docs. */
public record KnowledgeChunk(Kind kind, String sourceId, int chunk, String title, String url, String language, String text) {
  public enum Kind { ARTICLE, DOC }

  public KnowledgeChunk {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(text, "text of " + sourceId);
    title = title == null ? "" : title;
    language = language == null ? "und" : language;
  }
}
