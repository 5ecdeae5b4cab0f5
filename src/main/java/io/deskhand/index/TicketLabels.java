package io.deskhand.index;

import io.deskhand.ticket.TicketThread;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which labels a solved ticket teaches: its intent (from a configured custom field, or a tag with the configured
 * prefix as Zendesk's own triage writes), group, priority and type, and its tags without those helper tags.
 */
public record TicketLabels(Optional<Long> intentFieldId, String intentTagPrefix, Map<Long, String> customFieldLabels) {
  /**
   * @param customFieldLabels custom field id -> label field it carries (e.g. 990002 -> "group"); these win over the
   *     built-in sources. `eval` uses it to feed CSV label columns through the ingest path unchanged.
   */
  public TicketLabels {
    customFieldLabels = Map.copyOf(customFieldLabels);
  }

  public TicketLabels(Optional<Long> intentFieldId, String intentTagPrefix) {
    this(intentFieldId, intentTagPrefix, Map.of());
  }

  public Map<String, String> of(TicketThread t) {
    Map<String, String> labels = new LinkedHashMap<>();
    intentFieldId.map(id -> t.customFields().get(id)).filter(v -> !v.isBlank()).ifPresent(v -> labels.put("intent", v));
    if (!labels.containsKey("intent") && !intentTagPrefix.isEmpty()) {
      t.tags().stream().filter(tag -> tag.startsWith(intentTagPrefix) && tag.length() > intentTagPrefix.length())
          .findFirst().ifPresent(tag -> labels.put("intent", tag.substring(intentTagPrefix.length())));
    }
    if (t.groupId() != null) labels.put("group", Long.toString(t.groupId()));
    if (t.priority() != null && !t.priority().isBlank()) labels.put("priority", t.priority());
    if (t.type() != null && !t.type().isBlank()) labels.put("type", t.type());
    customFieldLabels.forEach((id, field) -> {
      String v = t.customFields().get(id);
      if (v != null && !v.isBlank()) labels.put(field, v);
    });
    return labels;
  }

  public List<String> tags(TicketThread t) {
    return t.tags().stream().filter(tag -> !tag.equals(TicketThread.TRIAGED_TAG) && !tag.startsWith("deskhand_")
        && (intentTagPrefix.isEmpty() || !tag.startsWith(intentTagPrefix))).toList();
  }
}
