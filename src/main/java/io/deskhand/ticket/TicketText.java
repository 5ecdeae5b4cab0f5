package io.deskhand.ticket;

import java.util.List;
import java.util.Optional;

/**
 * What arrives for triage: a ticket's customer-facing text before cleaning.
 *
 * @param requesterName the customer's name when known (Zendesk's requester), for the draft's greeting
 */
public record TicketText(String subject, String description, List<String> tags, Optional<String> requesterLocale,
                         Optional<String> requesterName) {
  public TicketText {
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
    tags = tags == null ? List.of() : List.copyOf(tags);
    requesterLocale = requesterLocale == null ? Optional.empty() : requesterLocale;
    requesterName = requesterName == null ? Optional.empty() : requesterName.map(String::strip).filter(n -> !n.isEmpty());
    if (subject.isBlank() && description.isBlank()) {
      throw new IllegalArgumentException("a ticket needs a subject or a description");
    }
  }

  public TicketText(String subject, String description, List<String> tags, Optional<String> requesterLocale) {
    this(subject, description, tags, requesterLocale, Optional.empty());
  }
}
