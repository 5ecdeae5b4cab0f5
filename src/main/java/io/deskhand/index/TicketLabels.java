package io.deskhand.index;

import io.deskhand.ticket.ZendeskTicket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which labels a solved ticket teaches: its intent (from a configured custom field, or a tag with the configured
 * prefix as Zendesk's own triage writes), group, priority and type, and its tags without those helper tags.
 */
public record TicketLabels(Optional<Long> intentFieldId, String intentTagPrefix) {
  public static final String TRIAGED_TAG = "deskhand_triaged";

  public Map<String, String> of(ZendeskTicket t) {
    Map<String, String> labels = new LinkedHashMap<>();
    intentFieldId.map(id -> t.customFields().get(id)).filter(v -> !v.isBlank()).ifPresent(v -> labels.put("intent", v));
    if (!labels.containsKey("intent") && !intentTagPrefix.isEmpty()) {
      t.tags().stream().filter(tag -> tag.startsWith(intentTagPrefix) && tag.length() > intentTagPrefix.length())
          .findFirst().ifPresent(tag -> labels.put("intent", tag.substring(intentTagPrefix.length())));
    }
    if (t.groupId() != null) labels.put("group", Long.toString(t.groupId()));
    if (t.priority() != null && !t.priority().isBlank()) labels.put("priority", t.priority());
    if (t.type() != null && !t.type().isBlank()) labels.put("type", t.type());
    return labels;
  }

  public List<String> tags(ZendeskTicket t) {
    return t.tags().stream().filter(tag -> !tag.equals(TRIAGED_TAG) && !tag.startsWith("deskhand_")
        && (intentTagPrefix.isEmpty() || !tag.startsWith(intentTagPrefix))).toList();
  }
}
