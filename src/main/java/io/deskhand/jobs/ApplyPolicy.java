package io.deskhand.jobs;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.ticket.Entity;
import io.deskhand.ticket.GroupDirectory;
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
  /** The groups the policy lets Deskhand route to, resolved by name and id as triage resolves the account's. */
  private final GroupDirectory allowedGroups;

  public ApplyPolicy(DeskhandConfig.Policy policy) {
    this.policy = policy;
    Map<Long, String> names = new LinkedHashMap<>();
    policy.groups().forEach((name, id) -> names.putIfAbsent(id, name));
    this.allowedGroups = new GroupDirectory(names);
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

  /** Triage's group id when the policy allows it (any, without a list); else the listed group of the predicted name. */
  private Optional<Long> groupId(Prediction group, Optional<Long> predictedId) {
    if (policy.groups().isEmpty()) return predictedId;
    if (predictedId.flatMap(allowedGroups::name).isPresent()) return predictedId;
    return allowedGroups.idOf(group.label());
  }

  private Optional<Prediction> confident(Triage t, Field field) {
    Prediction p = t.fields().get(field.key());
    if (p == null || t.isAbstained(field.key()) || p.confidence() < policy.minConfidence(field.key())) return Optional.empty();
    return Optional.of(p);
  }
}
