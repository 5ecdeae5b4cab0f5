package io.deskhand.jobs;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.ticket.Entity;
import io.deskhand.ticket.Field;
import io.deskhand.ticket.Prediction;
import io.deskhand.triage.Triage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what apply mode writes besides the note: tags for the predicted intent, priority and group, and the
 * customer's references (order number...) into the custom fields the policy names. A field that was abstained on or
 * is under the policy's minimum confidence is never written, nor is a value the policy does not allow, nor a
 * reference of which the ticket gave two different values (the agent picks).
 */
public final class ApplyPolicy {
  /** What to write: extra tags, priority and group when they pass, custom field id -> reference. */
  public record Decision(List<String> tags, Optional<String> priority, Optional<Long> groupId, Map<Long, String> customFields) {
    public Decision {
      tags = List.copyOf(tags);
      customFields = Map.copyOf(customFields);
    }

    public static Decision none() {
      return new Decision(List.of(), Optional.empty(), Optional.empty(), Map.of());
    }
  }

  private final DeskhandConfig.Policy policy;

  public ApplyPolicy(DeskhandConfig.Policy policy) {
    this.policy = policy;
  }

  public Decision decide(Triage t) {
    List<String> tags = new ArrayList<>();
    confident(t, Field.INTENT).ifPresent(intent -> tags.addAll(policy.intentTags().getOrDefault(intent.label(), List.of())));
    Optional<String> priority = confident(t, Field.PRIORITY).map(p -> p.label().toLowerCase(Locale.ROOT))
        .filter(policy.priorities()::contains);
    Optional<Long> group = confident(t, Field.GROUP).flatMap(g -> groupId(g, t.groupId()));
    Map<Long, String> fields = new LinkedHashMap<>();
    policy.entityFields().forEach((kind, fieldId) -> {
      Set<String> values = new LinkedHashSet<>();
      for (Entity e : t.entities()) if (e.kind().equals(kind)) values.add(e.value());
      if (values.size() == 1) fields.put(fieldId, values.iterator().next());
    });
    return new Decision(tags, priority, group, fields);
  }

  private Optional<Long> groupId(Prediction group, Optional<Long> predictedId) {
    if (policy.groups().isEmpty()) return predictedId;
    for (Map.Entry<String, Long> e : policy.groups().entrySet()) {
      if (e.getKey().equalsIgnoreCase(group.label())) return Optional.of(e.getValue());
    }
    return predictedId.filter(policy.groups()::containsValue);
  }

  private Optional<Prediction> confident(Triage t, Field field) {
    Prediction p = t.fields().get(field.key());
    if (p == null || t.isAbstained(field.key()) || p.confidence() < policy.minConfidence(field.key())) return Optional.empty();
    return Optional.of(p);
  }
}
