package io.deskhand.zendesk;

import java.util.List;
import java.util.Optional;

/**
 * One ticket update. Every part is optional; {@code tags}, when present, replace the ticket's whole list (Zendesk
 * semantics), which is why Deskhand always sends {@code updatedStamp} and a safe update.
 *
 * @param internalNote body of a comment with {@code public: false}
 */
public record TicketUpdate(Optional<String> internalNote, Optional<List<String>> tags, Optional<String> priority,
                           Optional<Long> groupId, Optional<String> updatedStamp) {
  public TicketUpdate {
    tags = tags.map(List::copyOf);
  }
}
