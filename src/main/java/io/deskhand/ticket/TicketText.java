package io.deskhand.ticket;

import java.util.List;
import java.util.Optional;

/**
 * What arrives for triage: a ticket's customer-facing text before cleaning.
 *
 * @param requesterName the customer's name when known (Zendesk's requester), for the draft's greeting
 * @param laterComments the thread after the first message, oldest first, each as "customer: ..." or "agent: ..."
 *     (empty for a new ticket); a summary reads them, triage and the draft work on the first message
 */
public record TicketText(String subject, String description, List<String> tags, Optional<String> requesterLocale,
                         Optional<String> requesterName, List<String> laterComments) {
  public TicketText {
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
    tags = tags == null ? List.of() : List.copyOf(tags);
    requesterLocale = requesterLocale == null ? Optional.empty() : requesterLocale;
    requesterName = requesterName == null ? Optional.empty() : requesterName.map(String::strip).filter(n -> !n.isEmpty());
    laterComments = laterComments == null ? List.of() : List.copyOf(laterComments);
    if (subject.isBlank() && description.isBlank()) {
      throw new IllegalArgumentException("a ticket needs a subject or a description");
    }
  }

  public TicketText(String subject, String description, List<String> tags, Optional<String> requesterLocale,
                    Optional<String> requesterName) {
    this(subject, description, tags, requesterLocale, requesterName, List.of());
  }

  public TicketText(String subject, String description, List<String> tags, Optional<String> requesterLocale) {
    this(subject, description, tags, requesterLocale, Optional.empty());
  }
}
