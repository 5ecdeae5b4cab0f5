package io.deskhand.draft;

import io.deskhand.entity.EntityRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reused reply with what belonged to the earlier ticket cut out as slots: text parts the team writes again and
 * again, and slots (an order number, a device, a name) that this ticket fills or the agent does.
 */
record ReplyTemplate(List<Part> parts) {
  private static final Pattern CLAUSE_END = Pattern.compile("^[ \\t]*[.!?]");

  sealed interface Part permits Text, Slot {}

  record Text(String text) implements Part {}

  /** @param earlierValue what the reused reply said there (never shown; kept for tests and the note's checks) */
  record Slot(EntityRules.Kind kind, String earlierValue) implements Part {
    Slot {
      Objects.requireNonNull(kind, "kind");
    }
  }

  ReplyTemplate {
    parts = List.copyOf(parts);
  }

  List<Slot> slots() {
    List<Slot> out = new ArrayList<>();
    for (Part p : parts) if (p instanceof Slot s) out.add(s);
    return out;
  }

  /**
   * The reply for this ticket: a slot takes this ticket's value of its kind when there is exactly one
   * ({@code values}: kind -> the single value), else its visible placeholder in the language; an empty placeholder
   * (a name nobody knows) leaves no stray comma or space behind.
   */
  String render(Map<String, String> values, String language) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p instanceof Text t) {
        sb.append(t.text());
        continue;
      }
      Slot s = (Slot) p;
      String value = values.getOrDefault(s.kind().name(), s.kind().slot(language));
      if (!value.isEmpty()) {
        sb.append(value);
        continue;
      }
      // "Thanks, Fiona!" without a name is "Thanks!", "Merci Fiona !" is "Merci !"
      while (!sb.isEmpty() && (sb.charAt(sb.length() - 1) == ' ' || sb.charAt(sb.length() - 1) == '\t')) sb.setLength(sb.length() - 1);
      String next = i + 1 < parts.size() && parts.get(i + 1) instanceof Text t ? t.text() : "";
      if (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ',' && CLAUSE_END.matcher(next).find()) sb.setLength(sb.length() - 1);
    }
    return sb.toString().strip();
  }
}
