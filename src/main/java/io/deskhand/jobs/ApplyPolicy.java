package io.deskhand.jobs;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.ticket.Prediction;
import io.deskhand.triage.Triage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what apply mode writes besides the note: tags for the predicted intent, priority and group. A field that
 * was abstained on or is under the policy's minimum confidence is never written, nor is a value the policy does
 * not allow.
 */
public final class ApplyPolicy {
  /** What to write: extra tags, and priority and group when they pass. */
  public record Decision(List<String> tags, Optional<String> priority, Optional<Long> groupId) {
    public Decision {
      tags = List.copyOf(tags);
    }

    public static Decision none() {
      return new Decision(List.of(), Optional.empty(), Optional.empty());
    }
  }

  private final DeskhandConfig.Policy policy;

  public ApplyPolicy(DeskhandConfig.Policy policy) {
    this.policy = policy;
  }

  public Decision decide(Triage t) {
    List<String> tags = new ArrayList<>();
    confident(t, "intent").ifPresent(intent -> tags.addAll(policy.intentTags().getOrDefault(intent.label(), List.of())));
    Optional<String> priority = confident(t, "priority").map(p -> p.label().toLowerCase(Locale.ROOT))
        .filter(policy.priorities()::contains);
    Optional<Long> group = confident(t, "group").flatMap(g -> groupId(g, t.groupId()));
    return new Decision(tags, priority, group);
  }

  private Optional<Long> groupId(Prediction group, Optional<Long> predictedId) {
    if (policy.groups().isEmpty()) return predictedId;
    for (Map.Entry<String, Long> e : policy.groups().entrySet()) {
      if (e.getKey().equalsIgnoreCase(group.label())) return Optional.of(e.getValue());
    }
    return predictedId.filter(policy.groups()::containsValue);
  }

  private Optional<Prediction> confident(Triage t, String field) {
    Prediction p = t.fields().get(field);
    if (p == null || t.isAbstained(field) || p.confidence() < policy.minConfidence(field)) return Optional.empty();
    return Optional.of(p);
  }
}
