package io.deskhand.ticket;

import java.util.List;
import java.util.Optional;

/**
 * The ticket fields Deskhand predicts, in the order /api/triage and the note show them. The key is the field's name
 * everywhere outside: the JSON answer, the config keys ({@code classifier.thresholds.<key>},
 * {@code policy.min_confidence.<key>}), a solved ticket's labels and `eval`'s report.
 */
public enum Field {
  INTENT("intent", true),
  TONE("tone", false),
  PRIORITY("priority", true),
  GROUP("group", true),
  TYPE("type", false);

  private final String key;
  private final boolean applied;

  Field(String key, boolean applied) {
    this.key = key;
    this.applied = applied;
  }

  public String key() {
    return key;
  }

  /** Whether apply mode writes it to the ticket (tags for the intent, priority, group), under a minimum confidence. */
  public boolean applied() {
    return applied;
  }

  public static List<String> keys() {
    return List.of(values()).stream().map(Field::key).toList();
  }

  public static Optional<Field> of(String key) {
    for (Field f : values()) if (f.key.equals(key)) return Optional.of(f);
    return Optional.empty();
  }

  @Override
  public String toString() {
    return key;
  }
}
