package io.deskhand.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved ticket as the knowledge base keeps it.
 *
 * @param customerText the customer's own words (cleaned of quotes, signatures, footers)
 * @param resolution the agent's public reply that resolved it
 * @param labels field -> value the classifiers learn from: intent, group, priority, type
 * @param resolutionLanguage the language the resolving reply is written in, detected once at ingest; empty when
 *     unknown (tickets indexed before it was recorded)
 */
public record SolvedTicket(long id, String subject, String customerText, String resolution, String language,
                           Map<String, String> labels, List<String> tags, Instant createdAt, String resolutionLanguage) {
  public SolvedTicket {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(customerText, "customerText");
    resolution = resolution == null ? "" : resolution;
    language = language == null ? "und" : language;
    resolutionLanguage = resolutionLanguage == null ? "" : resolutionLanguage;
    labels = Map.copyOf(labels);
    tags = List.copyOf(tags);
    Objects.requireNonNull(createdAt, "createdAt for ticket " + id);
  }

  /** The text that represents the customer's request: embedded and classified. */
  public String requestText() {
    return RequestText.of(subject, customerText);
  }
}
