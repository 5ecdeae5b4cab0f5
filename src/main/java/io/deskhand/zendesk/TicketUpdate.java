package io.deskhand.zendesk;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ticket update. Every part is optional; {@code tags}, when present, replace the ticket's whole list (Zendesk
 * semantics), which is why Deskhand always sends {@code updatedStamp} and a safe update.
 *
 * @param internalNote body of a comment with {@code public: false}
 * @param customFields custom field id -> value, sent as {@code custom_fields: [{id, value}]} (only these fields change)
 */
public record TicketUpdate(Optional<String> internalNote, Optional<List<String>> tags, Optional<String> priority,
                           Optional<Long> groupId, Optional<String> updatedStamp, Map<Long, String> customFields) {
  public TicketUpdate {
    tags = tags.map(List::copyOf);
    customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
  }

  public TicketUpdate(Optional<String> internalNote, Optional<List<String>> tags, Optional<String> priority,
                      Optional<Long> groupId, Optional<String> updatedStamp) {
    this(internalNote, tags, priority, groupId, updatedStamp, Map.of());
  }
}
