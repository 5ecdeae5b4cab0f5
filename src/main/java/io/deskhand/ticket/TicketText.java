package io.deskhand.ticket;

import java.util.List;
import java.util.Optional;

/** What arrives for triage: a ticket's customer-facing text before cleaning. */
public record TicketText(String subject, String description, List<String> tags, Optional<String> requesterLocale) {
  public TicketText {
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
    tags = tags == null ? List.of() : List.copyOf(tags);
    requesterLocale = requesterLocale == null ? Optional.empty() : requesterLocale;
    if (subject.isBlank() && description.isBlank()) {
      throw new IllegalArgumentException("a ticket needs a subject or a description");
    }
  }
}
