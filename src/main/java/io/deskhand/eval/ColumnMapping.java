package io.deskhand.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which input columns hold what, for CSV and JSONL rows. For Zendesk bundles only {@code labelColumns} is read, and
 * there a numeric column names a custom field id (e.g. {@code intent=900001}).
 *
 * @param textColumns the customer's text; with two or more, the first is the subject
 * @param labelColumns field (intent, group, priority, type ...) -> column
 */
public record ColumnMapping(List<String> textColumns, Map<String, String> labelColumns, Optional<String> replyColumn,
                            Optional<String> timeColumn, Optional<String> idColumn) {
  public ColumnMapping {
    textColumns = List.copyOf(textColumns);
    labelColumns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labelColumns));
  }

  /** Parses "intent=category,group=team". */
  public static Map<String, String> parseLabels(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) return out;
    for (String part : spec.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw new IllegalArgumentException("--label-columns expects field=column pairs like intent=category, got '" + part + "'");
      }
      out.put(kv[0].strip(), kv[1].strip());
    }
    return out;
  }
}
